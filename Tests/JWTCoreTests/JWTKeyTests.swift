// Creating keys: HMAC secret rules, PEM reading, and binding a key to its algorithm family.
import Foundation
import JWTCore
import Testing

@Suite("Keys")
struct JWTKeyTests {
    // MARK: HMAC secrets

    @Test("An HMAC secret under 32 bytes is refused", arguments: [0, 1, 16, 31])
    func shortHMACSecretIsRefused(length: Int) {
        let asBytes = code { _ = try JWTKey.hmac([UInt8](repeating: 0x5a, count: length)) }
        let asText = code { _ = try JWTKey.hmac(String(repeating: "k", count: length)) }
        #expect(asBytes == "key_invalid")
        #expect(asText == "key_invalid")
    }

    @Test("A 32-byte HMAC secret is accepted")
    func thirtyTwoByteSecretIsAccepted() throws {
        let key = try JWTKey.hmac([UInt8](repeating: 0x5a, count: 32))
        #expect(key.family == .hmac)
        #expect(key.bits == 256)
    }

    @Test(
        "A secret must be as long as the hash to sign or verify with HS384 and HS512",
        arguments: [
            (32, JWTAlgorithm.hs256, true), (32, .hs384, false), (32, .hs512, false), (47, .hs384, false),
            (48, .hs384, true), (48, .hs512, false), (63, .hs512, false), (64, .hs512, true),
        ])
    func hmacSecretMustCoverTheHash(length: Int, algorithm: JWTAlgorithm, allowed: Bool) throws {
        let key = try JWTKey.hmac([UInt8](repeating: 0x42, count: length))
        let signing = code { _ = try JWTSigner(key: key, algorithm: algorithm) }
        let token = try JWTSigner(key: TestKeys.hmac(), algorithm: algorithm).sign(["sub": "1"])
        let verifier = try JWTVerifier(key: key, algorithms: [algorithm], validation: .at(testNow))
        let verifying = failureCode(token, verifier)
        #expect(signing == (allowed ? nil : "key_invalid"))
        // With the right length the MAC is simply wrong (another secret); with the wrong length the key is refused.
        #expect(verifying == (allowed ? "bad_signature" : "key_invalid"))
    }

    @Test(
        "Asymmetric key material is refused as an HMAC secret",
        arguments: [
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 test-only@example",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7test-only-key-line test-only@example",
            "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY test-only@example",
            #"{"kty":"oct","k":"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA"}"#,
            #"  {"crv":"P-256","kty":"EC","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"}"#,
            "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUJ1cTestOnlyNotReal\n-----END CERTIFICATE-----\n",
        ])
    func asymmetricLookalikesAreNotSecrets(text: String) throws {
        let failure = code { _ = try JWTKey.hmac(text) }
        #expect(text.utf8.count >= 32)
        #expect(failure == "key_invalid")
    }

    @Test("A generated secret is as long as its hash and differs every time", arguments: [JWTAlgorithm.hs256, .hs384, .hs512])
    func generatedSecrets(algorithm: JWTAlgorithm) throws {
        let first = try JWTKey.generateSecret(for: algorithm)
        let second = try JWTKey.generateSecret(for: algorithm)
        let token = try JWTSigner(key: first, algorithm: algorithm).sign(["sub": "1"])
        let withOther = failureCode(token, try JWTVerifier(key: second, algorithms: [algorithm], validation: .at(testNow)))
        let withSame = failureCode(token, try JWTVerifier(key: first, algorithms: [algorithm], validation: .at(testNow)))
        #expect(first.bits == [JWTAlgorithm.hs256: 256, .hs384: 384, .hs512: 512][algorithm])
        #expect(withOther == "bad_signature")
        #expect(withSame == nil)
    }

    // MARK: PEM

    @Test(
        "Fixture PEM keys report their family, size and whether they can sign",
        arguments: [
            ("rsa-private.pem", JWTKey.Family.rsa, 2048, true), ("rsa-public-pkcs1.pem", .rsa, 2048, false),
            ("ec256-private-sec1.pem", .ecP256, 256, true), ("ec384-public.pem", .ecP384, 384, false),
            ("ec521-private.pem", .ecP521, 521, true), ("ed25519-public.pem", .ed25519, 256, false),
        ])
    func pemKeyProperties(file: String, family: JWTKey.Family, bits: Int, canSign: Bool) throws {
        let key = try TestKeys.pem(file)
        #expect(key.family == family)
        #expect(key.bits == bits)
        #expect(key.canSign == canSign)
    }

    @Test("An RSA key under 2048 bits is refused, private or public", arguments: ["rsa-1024-private.pem", "rsa-1024-public.pem"])
    func smallRSAKeyIsRefused(file: String) throws {
        let pem = try Fixtures.key(file)
        let failure = code { _ = try JWTKey(pem: pem) }
        #expect(pem.contains("-----BEGIN"))
        #expect(failure == "key_invalid")
    }

    @Test(
        "An encrypted private key is refused without prompting for a passphrase",
        arguments: ["ec256-encrypted-pkcs8.pem", "ec256-encrypted-sec1.pem"])
    func encryptedPEMIsRefused(file: String) throws {
        let pem = try Fixtures.key(file)
        let failure = code { _ = try JWTKey(pem: pem) }
        #expect(pem.contains("ENCRYPTED"))
        #expect(failure == "key_invalid")
    }

    @Test(
        "Text that is not a usable PEM key is refused",
        arguments: [
            "", "not a key", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
            "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n",
            "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n",
            "-----BEGIN DSA PRIVATE KEY-----\nAAAA\n-----END DSA PRIVATE KEY-----\n",
        ])
    func unusablePEMIsRefused(text: String) {
        let failure = code { _ = try JWTKey(pem: text) }
        #expect(failure == "key_invalid")
    }

    @Test("A certificate's public key verifies tokens of the certificate's private key")
    func certificatePublicKeyVerifies() throws {
        let certificate = try JWTKey(pem: Fixtures.key("ec256-certificate.pem"))
        #expect(certificate.family == .ecP256)
        #expect(!certificate.canSign)
        let signer = try JWTSigner(key: JWTKey(pem: Fixtures.key("ec256-certificate-key.pem")), algorithm: .es256)
        let token = try signer.sign(["sub": "1"])
        let verifier = try JWTVerifier(key: certificate, algorithms: [.es256], validation: .at(testNow))
        let stranger = try JWTSigner(key: TestKeys.pem("ec256-private.pem"), algorithm: .es256).sign(["sub": "1"])
        let ownFailure = failureCode(token, verifier)
        let strangerFailure = failureCode(stranger, verifier)
        #expect(ownFailure == nil)
        #expect(strangerFailure == "bad_signature")
    }

    @Test("A public key cannot sign")
    func publicKeyCannotSign() throws {
        let key = try TestKeys.pem("ec256-public.pem")
        let signing = code { _ = try JWTSigner(key: key, algorithm: .es256) }
        let exporting = code { _ = try key.privateKeyPEM() }
        #expect(signing == "key_invalid")
        #expect(exporting == "invalid_usage")
    }

    // MARK: Algorithm families

    @Test(
        "A token's alg must fit the key's family",
        arguments: [
            ("ec256-private.pem", JWTAlgorithm.es256, "ec384-public.pem", [JWTAlgorithm.es256, .es384]),
            ("ec384-private.pem", .es384, "ec256-public.pem", [.es256, .es384]),
            ("ec521-private.pem", .es512, "ec384-public.pem", [.es384, .es512]),
            ("rsa-private.pem", .rs256, "ed25519-public.pem", [.rs256, .edDSA]),
            ("ed25519-private.pem", .edDSA, "rsa-public.pem", [.rs256, .edDSA]),
            ("ec256-private.pem", .es256, "rsa-public.pem", [.es256, .rs256]),
        ])
    func algorithmMustFitKeyFamily(signingFile: String, algorithm: JWTAlgorithm, verifyingFile: String, allowed: [JWTAlgorithm])
        throws
    {
        let token = try JWTSigner(key: TestKeys.pem(signingFile), algorithm: algorithm).sign(["sub": "1"])
        let verifier = try JWTVerifier(key: TestKeys.pem(verifyingFile), algorithms: allowed, validation: .at(testNow))
        let failure = failureCode(token, verifier)
        #expect(failure == "algorithm_not_allowed")
    }

    @Test(
        "A signer refuses an algorithm of another family",
        arguments: [
            ("ec256-private.pem", JWTAlgorithm.es384), ("ec256-private.pem", .hs256), ("rsa-private.pem", .edDSA),
            ("ed25519-private.pem", .es256),
        ])
    func signerChecksFamily(file: String, algorithm: JWTAlgorithm) throws {
        let key = try TestKeys.pem(file)
        let failure = code { _ = try JWTSigner(key: key, algorithm: algorithm) }
        #expect(failure == "algorithm_not_allowed")
    }

    @Test("An HMAC secret cannot sign with an asymmetric algorithm", arguments: [JWTAlgorithm.rs256, .ps256, .es256, .edDSA])
    func hmacSecretChecksFamily(algorithm: JWTAlgorithm) throws {
        let key = try TestKeys.hmac()
        let failure = code { _ = try JWTSigner(key: key, algorithm: algorithm) }
        #expect(failure == "algorithm_not_allowed")
    }

    @Test("Every algorithm names the key family it needs")
    func algorithmFamilies() {
        let families = Dictionary(uniqueKeysWithValues: JWTAlgorithm.allCases.map { ($0, $0.keyFamily) })
        #expect(families[.hs384] == .hmac)
        #expect(families[.ps512] == .rsa)
        #expect(families[.es256] == .ecP256)
        #expect(families[.es384] == .ecP384)
        #expect(families[.es512] == .ecP521)
        #expect(families[.edDSA] == .ed25519)
        #expect(JWTAlgorithm.allCases.filter(\.isSymmetric) == [.hs256, .hs384, .hs512])
        #expect(JWTAlgorithm(rawValue: "none") == nil)
        #expect(JWTAlgorithm(rawValue: "hs256") == nil)
    }
}
