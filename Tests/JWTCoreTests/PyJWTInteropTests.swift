// Tokens and keys made by PyJWT and `cryptography` (Tests/Fixtures/interop), read by JWTCore.
import Foundation
import JWTCore
import Testing

/// One entry of `pyjwt-tokens.json`.
struct PyJWTToken: Decodable, Sendable, CustomTestStringConvertible {
    let algorithm: String
    let key: String
    let token: String
    let claims: [String: JSONValue]
    let kid: String?

    var testDescription: String { "\(algorithm) with \(key)" + (kid.map { " (kid \($0))" } ?? "") }
}

@Suite("PyJWT interoperability")
struct PyJWTInteropTests {
    /// The fixture tokens; an unreadable file gives an empty list, which `fixtureListsEveryAlgorithm` catches.
    static let tokens: [PyJWTToken] = (try? loadTokens()) ?? []

    static func loadTokens() throws -> [PyJWTToken] {
        try JSONDecoder().decode([PyJWTToken].self, from: Fixtures.data("interop/pyjwt-tokens.json"))
    }

    /// A time between the fixtures' `iat` (1700000000) and `exp` (4102444800).
    static let now: TimeInterval = 1_800_000_000

    static func validation() -> JWTValidation {
        var validation = JWTValidation.at(now)
        validation.audience = ["workbook-tests"]
        validation.issuer = "jwt-auth-workbook"
        return validation
    }

    /// A verifier for `fixture` built from the key file it names, as the fixture README describes.
    static func verifier(for fixture: PyJWTToken, validation: JWTValidation = validation()) throws -> JWTVerifier {
        let algorithm = try #require(JWTAlgorithm(rawValue: fixture.algorithm))
        if fixture.key == "jwks.json" {
            let keySet = try JWTKeySet(jwks: Fixtures.interop("jwks.json"))
            return try JWTVerifier(keySet: keySet, algorithms: [algorithm], validation: validation)
        }
        let key: JWTKey =
            fixture.key.hasSuffix(".secret")
            ? try JWTKey.hmac(Fixtures.interopBytes(fixture.key))
            : try JWTKey(pem: Fixtures.interop(fixture.key))
        return try JWTVerifier(key: key, algorithms: [algorithm], validation: validation)
    }

    @Test("The fixture file lists a token for every algorithm and each JWK Set key")
    func fixtureListsEveryAlgorithm() throws {
        let tokens = try Self.loadTokens()
        #expect(tokens.count == Self.tokens.count)
        let algorithms = Set(tokens.map(\.algorithm))
        #expect(algorithms == Set(JWTAlgorithm.allCases.map(\.rawValue)))
        let kids = Set(tokens.compactMap(\.kid))
        #expect(kids == ["rsa-1", "ec-1", "ed-1"])
    }

    @Test("A PyJWT token verifies with its key file, audience and issuer", arguments: tokens)
    func pyJWTTokenVerifies(fixture: PyJWTToken) throws {
        let verified = try Self.verifier(for: fixture).verify(fixture.token)
        #expect(verified.claims == fixture.claims)
        #expect(verified.header.algorithmName == fixture.algorithm)
        #expect(verified.header.kid == fixture.kid)
    }

    @Test("A PyJWT token's claims match the documented claim set", arguments: tokens)
    func pyJWTClaimsAreTheDocumentedOnes(fixture: PyJWTToken) {
        let expected: [String: JSONValue] = [
            "sub": "1", "username": "john_doe", "iss": "jwt-auth-workbook", "aud": "workbook-tests",
            "iat": 1_700_000_000, "exp": 4_102_444_800,
        ]
        #expect(fixture.claims == expected)
    }

    @Test("A PyJWT token with one signature bit flipped is refused", arguments: tokens)
    func tamperedPyJWTTokenIsRejected(fixture: PyJWTToken) throws {
        let failure = failureCode(Craft.flippingSignatureBit(of: fixture.token), try Self.verifier(for: fixture))
        #expect(failure == "bad_signature")
    }

    @Test("A PyJWT token is refused for another audience", arguments: tokens)
    func pyJWTTokenNeedsItsAudience(fixture: PyJWTToken) throws {
        var validation = Self.validation()
        validation.audience = ["another-service"]
        let failure = failureCode(fixture.token, try Self.verifier(for: fixture, validation: validation))
        #expect(failure == "invalid_audience")
    }

    @Test(
        "Every private PEM format loads and signs a token its public key verifies",
        arguments: [
            ("rsa-private.pem", "rsa-public.pem", JWTAlgorithm.rs256),
            ("rsa-private-pkcs1.pem", "rsa-public.pem", .ps256),
            ("rsa-private.pem", "rsa-public-pkcs1.pem", .rs512),
            ("rsa-private-pkcs1.pem", "rsa-public-pkcs1.pem", .ps384),
            ("ec256-private.pem", "ec256-public.pem", .es256),
            ("ec256-private-sec1.pem", "ec256-public.pem", .es256),
            ("ec384-private.pem", "ec384-public.pem", .es384),
            ("ec521-private.pem", "ec521-public.pem", .es512),
            ("ed25519-private.pem", "ed25519-public.pem", .edDSA),
        ])
    func privatePEMSignsForItsPublicKey(privateFile: String, publicFile: String, algorithm: JWTAlgorithm) throws {
        let privateKey = try TestKeys.pem(privateFile)
        let publicKey = try TestKeys.pem(publicFile)
        #expect(privateKey.canSign)
        #expect(!publicKey.canSign)
        #expect(privateKey.family == algorithm.keyFamily)
        let token = try JWTSigner(key: privateKey, algorithm: algorithm).sign(["sub": "1", "exp": 4_102_444_800])
        let verifier = try JWTVerifier(key: publicKey, algorithms: [algorithm], validation: .at(Self.now))
        let verified = try verifier.verify(token)
        #expect(verified.claims["sub"] == "1")
    }

    @Test(
        "PKCS#1 and SEC1 files hold the same keys as their PKCS#8 and SPKI twins",
        arguments: [
            ("rsa-private-pkcs1.pem", "rsa-private.pem"),
            ("rsa-public-pkcs1.pem", "rsa-public.pem"),
            ("ec256-private-sec1.pem", "ec256-private.pem"),
        ])
    func legacyFormatsHoldTheSameKey(legacyFile: String, modernFile: String) throws {
        let legacy = try TestKeys.pem(legacyFile).jwk(includingPrivate: true)
        let modern = try TestKeys.pem(modernFile).jwk(includingPrivate: true)
        #expect(legacy == modern)
    }

    @Test(
        "A fixture private key signs tokens the published JWK Set verifies by kid",
        arguments: [
            ("rsa-private.pem", "rsa-1", JWTAlgorithm.rs256),
            ("ec256-private.pem", "ec-1", .es256),
            ("ed25519-private.pem", "ed-1", .edDSA),
        ])
    func privateKeyMatchesPublishedJWKS(privateFile: String, kid: String, algorithm: JWTAlgorithm) throws {
        let signer = try JWTSigner(key: TestKeys.pem(privateFile, kid: kid), algorithm: algorithm)
        let token = try signer.sign(["sub": "1"])
        let keySet = try JWTKeySet(jwks: Fixtures.interop("jwks.json"))
        let verifier = try JWTVerifier(keySet: keySet, algorithms: [.rs256, .es256, .edDSA], validation: .at(Self.now))
        let verified = try verifier.verify(token)
        #expect(verified.header.kid == kid)
    }
}
