// Tests of the `jwt` command: each one runs the built binary and checks its output and exit status.
import Foundation
import Testing

@Suite("The jwt command")
struct JWTCommandTests {
    /// The time the encode tests sign at, and a moment 100 s later to verify at.
    static let signedAt = 1_700_000_000
    static let verifiedAt = "1700000100"

    // MARK: - encode then verify

    /// A signing key and its verification key, as `jwt` key options.
    struct KeyPair: Sendable, CustomTestStringConvertible {
        let algorithm: String
        let signing: [String]
        let verifying: [String]
        var testDescription: String { algorithm }
    }

    static let keyPairs: [KeyPair] = [
        KeyPair(algorithm: "HS256", signing: ["--secret-file", "hs256.secret"], verifying: ["--secret-file", "hs256.secret"]),
        KeyPair(algorithm: "RS256", signing: ["--key-file", "rsa-private.pem"], verifying: ["--key-file", "rsa-public.pem"]),
        KeyPair(algorithm: "ES256", signing: ["--key-file", "ec256-private.pem"], verifying: ["--key-file", "ec256-public.pem"]),
        KeyPair(algorithm: "EdDSA", signing: ["--key-file", "ed25519-private.pem"], verifying: ["--key-file", "ed25519-public.pem"]),
    ]

    @Test("A token from encode verifies with --json and keeps every claim", arguments: keyPairs)
    func encodedTokenVerifies(keys: KeyPair) throws {
        let encoded = try JWTProcess.run(
            ["encode", #"{"role":"admin"}"#, "--alg", keys.algorithm] + keys.signing + [
                "--sub", "alice", "--iss", "jwt-auth-workbook", "--aud", "api", "--aud", "web",
                "--exp-in", "15m", "--now", "\(Self.signedAt)",
            ])
        let encodeStatus = encoded.status
        #expect(encodeStatus == 0, "\(encoded.standardError)")
        let token = encoded.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)

        let verified = try JWTProcess.run(
            ["verify", token, "--json", "--alg", keys.algorithm] + keys.verifying + [
                "--audience", "web", "--issuer", "jwt-auth-workbook", "--now", Self.verifiedAt,
            ])
        let status = verified.status
        #expect(status == 0, "\(verified.standardError)")
        let result = try jsonObject(verified.standardOutput)
        let valid = result["valid"] as? Bool
        #expect(valid == true)
        let header = try #require(result["header"] as? [String: Any])
        let headerAlgorithm = header["alg"] as? String
        #expect(headerAlgorithm == keys.algorithm)
        let claims = try #require(result["claims"] as? [String: Any])
        let subject = claims["sub"] as? String
        let issuer = claims["iss"] as? String
        let audience = claims["aud"] as? [String]
        let role = claims["role"] as? String
        let expiry = integer(claims["exp"])
        let issuedAt = integer(claims["iat"])
        #expect(subject == "alice")
        #expect(issuer == "jwt-auth-workbook")
        #expect(audience == ["api", "web"])
        #expect(role == "admin")
        #expect(expiry == 1_700_000_900)
        #expect(issuedAt == 1_700_000_000)
    }

    // MARK: - verify: invalid tokens

    @Test("A tampered signature is rejected as bad_signature")
    func tamperedSignatureIsRejected() throws {
        let token = try encodeHS256()
        try expectInvalid(
            ["verify", tamperedSignature(token), "--json", "--alg", "HS256", "--secret-file", "hs256.secret"], code: "bad_signature")
    }

    @Test("A token verified after its exp is rejected as expired")
    func expiredTokenIsRejected() throws {
        let token = try encodeHS256(["--exp-in", "15m"])
        try expectInvalid(
            ["verify", token, "--json", "--alg", "HS256", "--secret-file", "hs256.secret", "--now", "\(Self.signedAt + 901)"],
            code: "expired")
    }

    @Test("A token for another audience is rejected as invalid_audience")
    func audienceMismatchIsRejected() throws {
        let token = try encodeHS256(["--aud", "api"])
        try expectInvalid(
            ["verify", token, "--json", "--alg", "HS256", "--secret-file", "hs256.secret", "--audience", "web"],
            code: "invalid_audience")
    }

    @Test("A token without a --require'd claim is rejected as missing_claim")
    func missingRequiredClaimIsRejected() throws {
        let token = try encodeHS256()
        try expectInvalid(
            ["verify", token, "--json", "--alg", "HS256", "--secret-file", "hs256.secret", "--require", "jti"],
            code: "missing_claim")
    }

    @Test("A token whose alg is not the one named with --alg is rejected as algorithm_not_allowed")
    func wrongAlgorithmIsRejected() throws {
        let token = try encodeHS256()
        try expectInvalid(
            ["verify", token, "--json", "--alg", "HS384", "--secret-file", "hs256.secret"],
            code: "algorithm_not_allowed")
    }

    @Test("A token longer than --max-size is rejected as too_large")
    func oversizeTokenIsRejected() throws {
        let token = try encodeHS256()
        try expectInvalid(
            ["verify", token, "--json", "--alg", "HS256", "--secret-file", "hs256.secret", "--max-size", "10"],
            code: "too_large")
    }

    @Test("A token that is not a JWS is rejected as malformed")
    func garbageTokenIsRejected() throws {
        try expectInvalid(["verify", "not-a-token", "--json", "--alg", "HS256", "--secret-file", "hs256.secret"], code: "malformed")
    }

    @Test("Without --json an invalid token prints one line on standard error and exits 1")
    func humanInvalidOutputIsOneLineOnStandardError() throws {
        let token = try encodeHS256(["--exp-in", "15m"])
        let result = try JWTProcess.run(
            ["verify", token, "--alg", "HS256", "--secret-file", "hs256.secret", "--now", "\(Self.signedAt + 901)"])
        let status = result.status
        let errorLines = result.errorLines
        let output = result.standardOutput
        #expect(status == 1)
        #expect(errorLines.count == 1)
        #expect(errorLines.first?.hasPrefix("jwt: INVALID (expired)") == true)
        #expect(output.isEmpty)
    }

    // MARK: - Bad usage

    /// A command line that must be refused as bad usage, with a word its message must contain.
    struct BadUsage: Sendable, CustomTestStringConvertible {
        let name: String
        let arguments: [String]
        let messageContains: String
        var testDescription: String { name }
    }

    /// A well-formed token, so that each bad-usage case fails for its usage alone.
    static let wellFormedToken =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIiwidXNlcm5hbWUiOiJqb2huX2RvZSIsImlzcyI6Imp3dC1hdXRoLXdvcmtib29rIiwiYXVkIjoid29ya2Jvb2stdGVzdHMiLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6NDEwMjQ0NDgwMH0.W1Aa5LwkxOVgTtnB0Cv3e8H2QuZD35JAnoJ7jTojyQM"

    static let badUsages: [BadUsage] = [
        BadUsage(
            name: "verify without --alg", arguments: ["verify", wellFormedToken, "--secret-file", "hs256.secret"],
            messageContains: "--alg"),
        BadUsage(name: "verify without a key", arguments: ["verify", wellFormedToken, "--alg", "HS256"], messageContains: "give a key"),
        BadUsage(
            name: "verify with two key options",
            arguments: ["verify", wellFormedToken, "--alg", "HS256", "--secret-file", "hs256.secret", "--key-file", "rsa-public.pem"],
            messageContains: "only one of"),
        BadUsage(
            name: "verify with a key file that does not exist",
            arguments: ["verify", wellFormedToken, "--alg", "RS256", "--key-file", "/nonexistent/jwt-tests/missing.pem"],
            messageContains: "missing.pem"),
        BadUsage(
            name: "verify with a 5-byte --secret", arguments: ["verify", wellFormedToken, "--alg", "HS256", "--secret", "abcde"],
            messageContains: "32 bytes"),
        BadUsage(
            name: "verify with a PEM file as --secret-file",
            arguments: ["verify", wellFormedToken, "--alg", "HS256", "--secret-file", "rsa-public.pem"], messageContains: "PEM"),
        BadUsage(
            name: "encode with a PEM file as --secret-file", arguments: ["encode", "--alg", "HS256", "--secret-file", "ec256-public.pem"],
            messageContains: "PEM"),
        BadUsage(name: "an unknown subcommand", arguments: ["frobnicate", wellFormedToken], messageContains: "frobnicate"),
    ]

    @Test("Bad usage exits 2 with exactly one line on standard error", arguments: badUsages)
    func badUsageExitsTwo(usage: BadUsage) throws {
        let result = try JWTProcess.run(usage.arguments)
        let status = result.status
        let errorLines = result.errorLines
        let output = result.standardOutput
        #expect(status == 2)
        #expect(errorLines.count == 1, "standard error was: \(result.standardError)")
        #expect(errorLines.first?.hasPrefix("jwt: ") == true)
        #expect(errorLines.first?.contains(usage.messageContains) == true)
        #expect(!result.standardError.contains("Fatal error"))
        #expect(output.isEmpty)
    }

    // MARK: - Standard input

    @Test("verify reads the token from standard input when TOKEN is -")
    func verifyReadsStandardInput() throws {
        let token = try encodeHS256(["--sub", "alice"])
        let result = try JWTProcess.run(["verify", "-", "--json", "--alg", "HS256", "--secret-file", "hs256.secret"], input: token + "\n")
        let status = result.status
        #expect(status == 0, "\(result.standardError)")
        let claims = try #require(try jsonObject(result.standardOutput)["claims"] as? [String: Any])
        let subject = claims["sub"] as? String
        #expect(subject == "alice")
    }

    @Test("decode reads the token from standard input when TOKEN is -")
    func decodeReadsStandardInput() throws {
        let token = try encodeHS256(["--sub", "alice"])
        let result = try JWTProcess.run(["decode", "-"], input: token + "\n")
        let status = result.status
        let output = result.standardOutput
        #expect(status == 0, "\(result.standardError)")
        #expect(output.contains(#""sub": "alice""#))
    }

    // MARK: - decode

    @Test("decode prints an UNVERIFIED banner, the header and the claims, with no ANSI codes on a pipe")
    func decodeShowsBannerHeaderAndClaims() throws {
        let result = try JWTProcess.run(["decode", Self.wellFormedToken])
        let status = result.status
        let output = result.standardOutput
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(status == 0, "\(result.standardError)")
        #expect(lines.first?.hasPrefix("UNVERIFIED") == true)
        #expect(lines.contains("Header"))
        #expect(lines.contains("Claims"))
        #expect(output.contains(#""alg": "HS256""#))
        #expect(output.contains(#""username": "john_doe""#))
        #expect(output.contains("Signature 32 bytes"))
        #expect(!output.contains("\u{1B}"))
    }

    @Test("decode says \"expires in 1 min\" a minute before exp")
    func decodeDescribesAnUpcomingExpiry() throws {
        let result = try JWTProcess.run(["decode", Self.wellFormedToken, "--now", "\(4_102_444_800 - 60)"])
        let output = result.standardOutput
        #expect(output.contains("exp: 2100-01-01T00:00:00Z (expires in 1 min)"))
    }

    @Test("decode says \"expired 2 h ago\" two hours after exp")
    func decodeDescribesAPastExpiry() throws {
        let result = try JWTProcess.run(["decode", Self.wellFormedToken, "--now", "\(4_102_444_800 + 7200)"])
        let output = result.standardOutput
        #expect(output.contains("exp: 2100-01-01T00:00:00Z (expired 2 h ago)"))
    }

    @Test("decode with a key and --alg reports whether the signature holds")
    func decodeWithKeyChecksSignature() throws {
        let token = try encodeHS256(["--sub", "alice"])
        let good = try JWTProcess.run(["decode", token, "--alg", "HS256", "--secret-file", "hs256.secret"])
        let goodStatus = good.status
        let goodOutput = good.standardOutput
        #expect(goodStatus == 0, "\(good.standardError)")
        #expect(goodOutput.hasPrefix("SIGNATURE VERIFIED: "))

        let tampered = try JWTProcess.run(["decode", tamperedSignature(token), "--alg", "HS256", "--secret-file", "hs256.secret"])
        let tamperedOutput = tampered.standardOutput
        #expect(tamperedOutput.hasPrefix("SIGNATURE NOT VALID (bad_signature)"))
    }

    @Test("decode with a key reports a correctly signed token with an aud claim as verified")
    func decodeWithKeyIgnoresAudience() throws {
        let result = try JWTProcess.run(["decode", Self.wellFormedToken, "--alg", "HS256", "--secret-file", "hs256.secret"])
        let output = result.standardOutput
        // decode has no audience to check against, so it notes the claim problem but still trusts the signature.
        #expect(output.hasPrefix("SIGNATURE VERIFIED, but 'jwt verify' would refuse the claims (invalid_audience)"))
    }

    // MARK: - Key files

    @Test("A JWK Set picks the verification key by the token's kid")
    func jwkSetVerifiesByKid() throws {
        let fixture = try #require(try PyJWTToken.all().first { $0.kid == "rsa-1" })
        let result = try JWTProcess.run(
            ["verify", fixture.token, "--json", "--alg", "RS256", "--key-file", "jwks.json", "--audience", "workbook-tests"])
        let status = result.status
        #expect(status == 0, "\(result.standardError)")
        let header = try #require(try jsonObject(result.standardOutput)["header"] as? [String: Any])
        let kid = header["kid"] as? String
        #expect(kid == "rsa-1")
    }

    @Test("--key-format secret reads a key file as an HMAC secret")
    func keyFormatSecretIsHonoured() throws {
        let detected = try JWTProcess.run(["verify", Self.wellFormedToken, "--alg", "HS256", "--key-file", "hs256.secret"])
        let detectedStatus = detected.status
        #expect(detectedStatus == 2, "a bare secret has no detectable format")

        let forced = try JWTProcess.run(
            [
                "verify", Self.wellFormedToken, "--json", "--alg", "HS256", "--key-file", "hs256.secret", "--key-format", "secret",
                "--audience", "workbook-tests",
            ])
        let status = forced.status
        #expect(status == 0, "\(forced.standardError)")
        let valid = try jsonObject(forced.standardOutput)["valid"] as? Bool
        #expect(valid == true)
    }

    // MARK: - keygen

    @Test("keygen ES256 prints a private then a public PEM, which sign and verify a token")
    func keygenES256PEMRoundTrips() throws {
        let generated = try JWTProcess.run(["keygen", "--alg", "ES256"])
        let status = generated.status
        #expect(status == 0, "\(generated.standardError)")
        let output = generated.standardOutput
        let privateStart = try #require(output.range(of: "-----BEGIN PRIVATE KEY-----"))
        let privateEnd = try #require(output.range(of: "-----END PRIVATE KEY-----\n"))
        let publicStart = try #require(output.range(of: "-----BEGIN PUBLIC KEY-----"))
        let publicEnd = try #require(output.range(of: "-----END PUBLIC KEY-----\n"))
        #expect(privateEnd.upperBound <= publicStart.lowerBound)

        try withTemporaryDirectory { directory in
            let privateFile = directory.appendingPathComponent("private.pem")
            let publicFile = directory.appendingPathComponent("public.pem")
            try String(output[privateStart.lowerBound..<privateEnd.upperBound]).write(to: privateFile, atomically: true, encoding: .utf8)
            try String(output[publicStart.lowerBound..<publicEnd.upperBound]).write(to: publicFile, atomically: true, encoding: .utf8)
            try expectRoundTrip(algorithm: "ES256", signing: ["--key-file", privateFile.path], verifying: ["--key-file", publicFile.path])
        }
    }

    @Test("keygen EdDSA --format jwk prints a private JWK then a public JWK, both with the kid")
    func keygenEdDSAJWKHasTwoLines() throws {
        let generated = try JWTProcess.run(["keygen", "--alg", "EdDSA", "--format", "jwk", "--kid", "k1"])
        let status = generated.status
        #expect(status == 0, "\(generated.standardError)")
        let lines = generated.standardOutput.split(separator: "\n").map(String.init)
        try #require(lines.count == 2)
        let privateKey = try jsonObject(lines[0])
        let publicKey = try jsonObject(lines[1])
        #expect(privateKey["d"] != nil)
        #expect(publicKey["d"] == nil)
        let privateKid = privateKey["kid"] as? String
        let publicKid = publicKey["kid"] as? String
        #expect(privateKid == "k1")
        #expect(publicKid == "k1")

        try withTemporaryDirectory { directory in
            let privateFile = directory.appendingPathComponent("private.jwk")
            let publicFile = directory.appendingPathComponent("public.jwk")
            try lines[0].write(to: privateFile, atomically: true, encoding: .utf8)
            try lines[1].write(to: publicFile, atomically: true, encoding: .utf8)
            try expectRoundTrip(algorithm: "EdDSA", signing: ["--key-file", privateFile.path], verifying: ["--key-file", publicFile.path])
        }
    }

    @Test("keygen HS256 prints a secret that works with --secret")
    func keygenHS256SecretWorks() throws {
        let generated = try JWTProcess.run(["keygen", "--alg", "HS256"])
        let status = generated.status
        #expect(status == 0, "\(generated.standardError)")
        let secret = generated.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.utf8.count >= 32)
        try expectRoundTrip(algorithm: "HS256", signing: ["--secret", secret], verifying: ["--secret", secret])
    }

    // MARK: - PyJWT interop

    @Test("Every token made by PyJWT verifies through the command", arguments: try PyJWTToken.all())
    func pyJWTTokenVerifies(fixture: PyJWTToken) throws {
        let keyOption = fixture.key.hasSuffix(".secret") ? "--secret-file" : "--key-file"
        let result = try JWTProcess.run(
            [
                "verify", fixture.token, "--json", "--alg", fixture.algorithm, keyOption, fixture.key,
                "--audience", "workbook-tests", "--issuer", "jwt-auth-workbook", "--now", Self.verifiedAt,
            ])
        let status = result.status
        #expect(status == 0, "\(result.standardError)")
        let verified = try jsonObject(result.standardOutput)
        let valid = verified["valid"] as? Bool
        #expect(valid == true)
        let header = try #require(verified["header"] as? [String: Any])
        let headerAlgorithm = header["alg"] as? String
        let headerKid = header["kid"] as? String
        #expect(headerAlgorithm == fixture.algorithm)
        #expect(headerKid == fixture.kid)
        let claims = try #require(verified["claims"] as? [String: Any])
        let username = claims["username"] as? String
        let expiry = integer(claims["exp"])
        #expect(username == "john_doe")
        #expect(expiry == 4_102_444_800)
    }

    @Test("The PyJWT fixture has a token for every algorithm and every JWK Set key")
    func pyJWTFixtureIsComplete() throws {
        let fixtures = try PyJWTToken.all()
        let algorithms = Set(fixtures.map(\.algorithm))
        let kids = Set(fixtures.compactMap(\.kid))
        #expect(algorithms.count == 13)
        #expect(kids == ["rsa-1", "ec-1", "ed-1"])
    }

    // MARK: - Helpers

    /// Encodes a token with the HS256 fixture secret at `signedAt`, with extra `encode` options.
    private func encodeHS256(_ options: [String] = []) throws -> String {
        let result = try JWTProcess.run(
            ["encode", "--alg", "HS256", "--secret-file", "hs256.secret", "--now", "\(Self.signedAt)"] + options)
        guard result.status == 0 else {
            throw JWTProcessError(description: "encode failed with status \(result.status): \(result.standardError)")
        }
        return result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Signs a token with one key, and expects the other key to verify it with exit 0.
    private func expectRoundTrip(algorithm: String, signing: [String], verifying: [String]) throws {
        let encoded = try JWTProcess.run(["encode", "--alg", algorithm, "--sub", "alice"] + signing)
        let encodeStatus = encoded.status
        #expect(encodeStatus == 0, "\(encoded.standardError)")
        let token = encoded.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        let verified = try JWTProcess.run(["verify", token, "--json", "--alg", algorithm] + verifying)
        let status = verified.status
        #expect(status == 0, "\(verified.standardError)")
        let valid = try jsonObject(verified.standardOutput)["valid"] as? Bool
        #expect(valid == true)
    }

    /// Runs `verify --json` and expects exit 1 with `{"valid":false,"error":{"code":…}}`.
    private func expectInvalid(_ arguments: [String], code: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try JWTProcess.run(arguments)
        let status = result.status
        #expect(status == 1, "\(result.standardError)", sourceLocation: sourceLocation)
        let verdict = try jsonObject(result.standardOutput)
        let valid = verdict["valid"] as? Bool
        #expect(valid == false, sourceLocation: sourceLocation)
        let error = try #require(verdict["error"] as? [String: Any], sourceLocation: sourceLocation)
        let errorCode = error["code"] as? String
        let message = error["message"] as? String
        #expect(errorCode == code, sourceLocation: sourceLocation)
        #expect(message?.isEmpty == false, sourceLocation: sourceLocation)
    }

    /// Changes one early character of the signature: the last one can decode to the same bytes.
    private func tamperedSignature(_ token: String) -> String {
        var characters = Array(token)
        let index = (characters.lastIndex(of: ".") ?? 0) + 2
        characters[index] = characters[index] == "A" ? "B" : "A"
        return String(characters)
    }

    /// Parses a JSON object printed by the command.
    private func jsonObject(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let dictionary = object as? [String: Any] else {
            throw JWTProcessError(description: "expected a JSON object, got: \(text)")
        }
        return dictionary
    }

    /// Reads a JSON number as an integer, however JSONSerialization boxed it.
    private func integer(_ value: Any?) -> Int64? {
        (value as? NSNumber)?.int64Value
    }

    /// Runs `body` with a new temporary directory, removed afterwards.
    private func withTemporaryDirectory(_ body: (URL) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jwt-command-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory)
    }
}

/// One token from `pyjwt-tokens.json`, with the file (in the fixtures directory) that verifies it.
struct PyJWTToken: Decodable, Sendable, CustomTestStringConvertible {
    let algorithm: String
    let key: String
    let kid: String?
    let token: String

    var testDescription: String { kid.map { "\(algorithm) with kid \($0)" } ?? "\(algorithm) (\(key))" }

    static func all() throws -> [PyJWTToken] {
        let data = try Data(contentsOf: JWTProcess.fixtures.appendingPathComponent("pyjwt-tokens.json"))
        return try JSONDecoder().decode([PyJWTToken].self, from: data)
    }
}
