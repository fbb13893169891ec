#!/usr/bin/env python3
"""PyJWT interoperability check for JWTCore / the `jwt` command-line tool.

Requires Python 3.11+ with `pip install pyjwt cryptography` (PyJWT 2.x).
Uses only the standard library, `jwt` (PyJWT) and `cryptography`.

Subcommands (run from anywhere; paths are resolved relative to the repo):

  make                    (Re)generate the test-only keys and PyJWT-made tokens in
                          Tests/Fixtures/interop/. Overwrites every fixture, so
                          all keys change: commit the whole directory together.
  check-pyjwt-fixtures    Sanity check: PyJWT verifies every token in
                          pyjwt-tokens.json with the key it names.
  live --jwt PATH         Two-way live check against the built CLI, e.g.
                          `python3 Tests/Interop/pyjwt_interop.py live --jwt .build/debug/jwt`.
                          For every algorithm:
                            swift->pyjwt   `jwt encode` token verified by PyJWT
                            pyjwt->swift   PyJWT token verified by `jwt verify --json`
                            tampered       PyJWT token with one signature character
                                           changed must be rejected (bad_signature)
                          Prints `interop: N passed, N failed`; exits 1 on any
                          failure, 2 if the binary does not exist.

If the CLI's option names change, edit CLI_* constants and key_options() below.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shlex
import string
import subprocess
import sys
from pathlib import Path

import jwt  # PyJWT
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from jwt.algorithms import ECAlgorithm, OKPAlgorithm, RSAAlgorithm

# --------------------------------------------------------------------------
# Layout and shared test data
# --------------------------------------------------------------------------

REPO_ROOT = Path(__file__).resolve().parents[2]          # Tests/Interop/ -> repo
FIXTURES_REL = Path("Tests/Fixtures/interop")              # as passed to the CLI
FIXTURES = REPO_ROOT / FIXTURES_REL

AUDIENCE = "workbook-tests"
ISSUER = "jwt-auth-workbook"
CLAIMS = {
    "sub": "1",
    "username": "john_doe",
    "iss": ISSUER,
    "aud": AUDIENCE,
    "iat": 1700000000,
    "exp": 4102444800,  # 2100-01-01, so the committed tokens stay valid
}

# algorithm -> (signing key file, verification key file), relative to FIXTURES.
# HS algorithms use the same shared secret file for both.
ALGORITHMS: dict[str, tuple[str, str]] = {
    "HS256": ("hs256.secret", "hs256.secret"),
    "HS384": ("hs384.secret", "hs384.secret"),
    "HS512": ("hs512.secret", "hs512.secret"),
    "RS256": ("rsa-private.pem", "rsa-public.pem"),
    "RS384": ("rsa-private.pem", "rsa-public.pem"),
    "RS512": ("rsa-private.pem", "rsa-public.pem"),
    "PS256": ("rsa-private.pem", "rsa-public.pem"),
    "PS384": ("rsa-private.pem", "rsa-public.pem"),
    "PS512": ("rsa-private.pem", "rsa-public.pem"),
    "ES256": ("ec256-private.pem", "ec256-public.pem"),
    "ES384": ("ec384-private.pem", "ec384-public.pem"),
    "ES512": ("ec521-private.pem", "ec521-public.pem"),
    "EdDSA": ("ed25519-private.pem", "ed25519-public.pem"),
}

# Tokens with a `kid` header, verified through jwks.json: kid -> (alg, private key file)
JWKS_FILE = "jwks.json"
JWKS_ENTRIES: dict[str, tuple[str, str]] = {
    "rsa-1": ("RS256", "rsa-private.pem"),
    "ec-1": ("ES256", "ec256-private.pem"),
    "ed-1": ("EdDSA", "ed25519-private.pem"),
}

TOKENS_FILE = "pyjwt-tokens.json"
SUBPROCESS_TIMEOUT = 30  # seconds per CLI invocation

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def is_hmac(alg: str) -> bool:
    return alg.startswith("HS")


def load_key(filename: str) -> bytes | str:
    """Key material as PyJWT wants it: raw bytes for secrets, PEM text otherwise."""
    path = FIXTURES / filename
    return path.read_bytes() if filename.endswith(".secret") else path.read_text()


def load_jwks() -> jwt.PyJWKSet:
    return jwt.PyJWKSet.from_dict(json.loads((FIXTURES / JWKS_FILE).read_text()))


def pyjwt_decode(token: str, key, alg: str) -> dict:
    """Verify exactly like a strict consumer would: pinned alg, aud and iss."""
    return jwt.decode(token, key, algorithms=[alg], audience=AUDIENCE, issuer=ISSUER)


def tamper_signature(token: str) -> str:
    """Change one character in the middle of the signature segment.

    Not the last character: its low bits can be base64url padding bits, so
    changing it may leave the decoded signature bytes unchanged. Every bit of a
    middle character is significant, so the signature really changes.
    """
    header, payload, sig = token.split(".")
    i = len(sig) // 2
    replacement = "A" if sig[i] != "A" else "B"
    return ".".join([header, payload, sig[:i] + replacement + sig[i + 1:]])


# --------------------------------------------------------------------------
# make
# --------------------------------------------------------------------------


def write_pem(name: str, data: bytes) -> None:
    (FIXTURES / name).write_bytes(data)


def private_pem(key, fmt=serialization.PrivateFormat.PKCS8) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption())


def public_pem(key, fmt=serialization.PublicFormat.SubjectPublicKeyInfo) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM, fmt)


def cmd_make(_args) -> int:
    FIXTURES.mkdir(parents=True, exist_ok=True)

    # HMAC secrets: 64 random URL-safe ASCII characters, no trailing newline, so
    # the same file works with `--secret-file` (raw bytes) and `--secret STRING`.
    alphabet = string.ascii_letters + string.digits + "-_"
    for alg in ("HS256", "HS384", "HS512"):
        secret = "".join(secrets.choice(alphabet) for _ in range(64))
        (FIXTURES / f"{alg.lower()}.secret").write_text(secret)

    # RSA 2048: PKCS#8 / SPKI plus the traditional PKCS#1 encodings.
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    write_pem("rsa-private.pem", private_pem(rsa_key))
    write_pem("rsa-public.pem", public_pem(rsa_key))
    write_pem("rsa-private-pkcs1.pem",
              private_pem(rsa_key, serialization.PrivateFormat.TraditionalOpenSSL))
    write_pem("rsa-public-pkcs1.pem", public_pem(rsa_key, serialization.PublicFormat.PKCS1))

    # EC keys on P-256 / P-384 / P-521; P-256 also in SEC1 ("EC PRIVATE KEY").
    ec_keys = {}
    for name, curve in (("ec256", ec.SECP256R1()), ("ec384", ec.SECP384R1()),
                        ("ec521", ec.SECP521R1())):
        ec_keys[name] = key = ec.generate_private_key(curve)
        write_pem(f"{name}-private.pem", private_pem(key))
        write_pem(f"{name}-public.pem", public_pem(key))
    write_pem("ec256-private-sec1.pem",
              private_pem(ec_keys["ec256"], serialization.PrivateFormat.TraditionalOpenSSL))

    # Ed25519 (PKCS#8 / SPKI).
    ed_key = ed25519.Ed25519PrivateKey.generate()
    write_pem("ed25519-private.pem", private_pem(ed_key))
    write_pem("ed25519-public.pem", public_pem(ed_key))

    # Public JWK Set with the RSA, P-256 and Ed25519 keys.
    jwks = {"keys": []}
    for kid, to_jwk, key in (("rsa-1", RSAAlgorithm.to_jwk, rsa_key),
                             ("ec-1", ECAlgorithm.to_jwk, ec_keys["ec256"]),
                             ("ed-1", OKPAlgorithm.to_jwk, ed_key)):
        jwk = to_jwk(key.public_key(), as_dict=True)
        # PyJWT adds "key_ops"; RFC 7517 says not to combine it with "use".
        jwk.pop("key_ops", None)
        jwk.update({"kid": kid, "alg": JWKS_ENTRIES[kid][0], "use": "sig"})
        jwks["keys"].append(jwk)
    (FIXTURES / JWKS_FILE).write_text(json.dumps(jwks, indent=2) + "\n")

    # Tokens made by PyJWT, one per algorithm, plus kid-headed ones for jwks.json.
    tokens = []
    for alg, (signing, verifying) in ALGORITHMS.items():
        token = jwt.encode(CLAIMS, load_key(signing), algorithm=alg)
        tokens.append({"algorithm": alg, "key": verifying, "token": token, "claims": CLAIMS})
    for kid, (alg, signing) in JWKS_ENTRIES.items():
        token = jwt.encode(CLAIMS, load_key(signing), algorithm=alg, headers={"kid": kid})
        tokens.append({"algorithm": alg, "key": JWKS_FILE, "kid": kid,
                       "token": token, "claims": CLAIMS})
    (FIXTURES / TOKENS_FILE).write_text(json.dumps(tokens, indent=2) + "\n")

    print(f"wrote {len(list(FIXTURES.iterdir()))} files to {FIXTURES_REL}/ "
          f"({len(tokens)} tokens) with PyJWT {jwt.__version__}")
    return 0


# --------------------------------------------------------------------------
# check-pyjwt-fixtures
# --------------------------------------------------------------------------


def cmd_check_fixtures(_args) -> int:
    entries = json.loads((FIXTURES / TOKENS_FILE).read_text())
    jwks = load_jwks()
    passed = failed = 0
    for entry in entries:
        alg, token = entry["algorithm"], entry["token"]
        label = f"{alg} {entry['key']}" + (f" kid={entry['kid']}" if "kid" in entry else "")
        try:
            if entry["key"] == JWKS_FILE:
                kid = jwt.get_unverified_header(token)["kid"]
                assert kid == entry["kid"], f"header kid {kid!r} != {entry['kid']!r}"
                key = jwks[kid]
            else:
                key = load_key(entry["key"])
            claims = pyjwt_decode(token, key, alg)
            assert claims == entry["claims"], f"claims differ: {claims}"
            print(f"ok   {label}")
            passed += 1
        except Exception as e:  # report every failure, keep going
            print(f"FAIL {label}: {type(e).__name__}: {e}")
            failed += 1
    print(f"pyjwt fixtures: {passed} passed, {failed} failed")
    return 1 if failed else 0


# --------------------------------------------------------------------------
# live
# --------------------------------------------------------------------------

# CLI option names, in one place in case the CLI changes.
CLI_SECRET_FILE = "--secret-file"
CLI_KEY_FILE = "--key-file"


def key_options(alg: str, signing: bool) -> list[str]:
    """The `jwt` key arguments for an algorithm: signing key for encode,
    verification key for verify. Paths are relative to the repo root (the CLI
    runs with cwd=REPO_ROOT) so failing commands can be pasted into a shell."""
    signing_file, verifying_file = ALGORITHMS[alg]
    path = str(FIXTURES_REL / (signing_file if signing else verifying_file))
    return [CLI_SECRET_FILE, path] if is_hmac(alg) else [CLI_KEY_FILE, path]


class CheckFailed(Exception):
    pass


def run_cli(jwt_bin: str, args: list[str]) -> subprocess.CompletedProcess:
    cmd = [jwt_bin, *args]
    try:
        return subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True,
                              timeout=SUBPROCESS_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"timed out after {SUBPROCESS_TIMEOUT}s: {shlex.join(cmd)}")


def describe(proc: subprocess.CompletedProcess) -> str:
    """Command, exit code and (shortened) output, for failure messages."""
    def short(s: str) -> str:
        s = s.strip()
        return s if len(s) <= 400 else s[:400] + "..."
    return (f"\n       $ {shlex.join(proc.args)}\n       exit {proc.returncode}"
            f"\n       stdout: {short(proc.stdout)!r}\n       stderr: {short(proc.stderr)!r}")


def parse_json_stdout(proc: subprocess.CompletedProcess) -> dict:
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        raise CheckFailed(f"stdout is not JSON ({e}){describe(proc)}")
    if not isinstance(data, dict):
        raise CheckFailed(f"stdout JSON is not an object{describe(proc)}")
    return data


def check_swift_to_pyjwt(jwt_bin: str, alg: str) -> None:
    """(a) The CLI signs; PyJWT verifies and the claims round-trip."""
    claims_json = json.dumps(CLAIMS, separators=(",", ":"))
    proc = run_cli(jwt_bin, ["encode", "--alg", alg, *key_options(alg, signing=True), claims_json])
    if proc.returncode != 0:
        raise CheckFailed(f"encode failed{describe(proc)}")
    token = proc.stdout.strip()
    try:
        header = jwt.get_unverified_header(token)
        claims = pyjwt_decode(token, load_key(ALGORITHMS[alg][1]), alg)
    except jwt.PyJWTError as e:
        raise CheckFailed(f"PyJWT rejected the token: {type(e).__name__}: {e}{describe(proc)}")
    if header.get("alg") != alg:
        raise CheckFailed(f"header alg is {header.get('alg')!r}, expected {alg!r}")
    if claims != CLAIMS:
        raise CheckFailed(f"claims differ: got {claims}, expected {CLAIMS}")


def check_pyjwt_to_swift(jwt_bin: str, alg: str) -> None:
    """(b) PyJWT signs a fresh token; `jwt verify --json` accepts it."""
    token = jwt.encode(CLAIMS, load_key(ALGORITHMS[alg][0]), algorithm=alg)
    proc = run_cli(jwt_bin, verify_args(alg, token))
    if proc.returncode != 0:
        raise CheckFailed(f"verify exited {proc.returncode}, expected 0{describe(proc)}")
    data = parse_json_stdout(proc)
    if data.get("valid") is not True:
        raise CheckFailed(f'expected "valid": true{describe(proc)}')
    if data.get("claims") != CLAIMS:
        raise CheckFailed(f"claims differ: got {data.get('claims')}, expected {CLAIMS}")


def check_tampered_rejected(jwt_bin: str, alg: str) -> None:
    """(c) A PyJWT token with one signature character changed is rejected."""
    token = tamper_signature(jwt.encode(CLAIMS, load_key(ALGORITHMS[alg][0]), algorithm=alg))
    proc = run_cli(jwt_bin, verify_args(alg, token))
    if proc.returncode != 1:
        raise CheckFailed(f"verify exited {proc.returncode}, expected 1{describe(proc)}")
    data = parse_json_stdout(proc)
    error = data.get("error")
    code = error.get("code") if isinstance(error, dict) else None
    if data.get("valid") is not False or code != "bad_signature":
        raise CheckFailed(f'expected "valid": false and error code "bad_signature"{describe(proc)}')


def verify_args(alg: str, token: str) -> list[str]:
    return ["verify", token, "--alg", alg, *key_options(alg, signing=False),
            "--audience", AUDIENCE, "--issuer", ISSUER, "--json"]


LIVE_CHECKS = (
    ("swift->pyjwt", check_swift_to_pyjwt),
    ("pyjwt->swift", check_pyjwt_to_swift),
    ("tampered", check_tampered_rejected),
)


def cmd_live(args) -> int:
    jwt_bin = Path(args.jwt).expanduser()
    if not jwt_bin.is_file() or not os.access(jwt_bin, os.X_OK):
        print(f"error: jwt binary not found or not executable: {args.jwt}\n"
              f"       build it first (`swift build`) and pass e.g. --jwt .build/debug/jwt",
              file=sys.stderr)
        return 2
    jwt_bin = str(jwt_bin.resolve())  # the CLI runs with cwd=REPO_ROOT

    passed = failed = 0
    for alg in ALGORITHMS:
        for name, check in LIVE_CHECKS:
            try:
                check(jwt_bin, alg)
                print(f"ok   {alg} {name}")
                passed += 1
            except CheckFailed as e:
                print(f"FAIL {alg} {name}: {e}")
                failed += 1
            except Exception as e:  # a bug here or in the CLI: report, keep going
                print(f"FAIL {alg} {name}: unexpected {type(e).__name__}: {e}")
                failed += 1
    print(f"interop: {passed} passed, {failed} failed")
    return 1 if failed else 0


# --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("make", help="regenerate Tests/Fixtures/interop/").set_defaults(func=cmd_make)
    sub.add_parser("check-pyjwt-fixtures", help="verify pyjwt-tokens.json with PyJWT"
                   ).set_defaults(func=cmd_check_fixtures)
    live = sub.add_parser("live", help="two-way check against the jwt CLI")
    live.add_argument("--jwt", required=True, help="path to the built jwt binary")
    live.set_defaults(func=cmd_live)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
