// Generating keys for every algorithm, and exporting them as PEM, JWK and JWK Set that read back.
import Foundation
import JWTCore
import Testing

@Suite("Key generation and export")
struct KeyExportTests {
    /// Signs with `signingKey` and verifies with `verifyingKey`, returning the verified `sub`.
    static func roundTrip(_ algorithm: JWTAlgorithm, sign signingKey: JWTKey, verify verifyingKey: JWTKey) throws -> JSONValue? {
        let token = try JWTSigner(key: signingKey, algorithm: algorithm).sign(["sub": "round-trip"])
        let verifier = try JWTVerifier(key: verifyingKey, algorithms: [algorithm], validation: .at(testNow))
        return try verifier.verify(token).claims["sub"]
    }

    /// One algorithm per asymmetric key family, to keep RSA key generation to a few keys.
    static let asymmetricAlgorithms: [JWTAlgorithm] = [.rs256, .es256, .es384, .es512, .edDSA]

    @Test("A generated key signs and verifies for every algorithm", arguments: JWTAlgorithm.allCases)
    func generatedKeySignsAndVerifies(algorithm: JWTAlgorithm) throws {
        let key = try JWTKey.generate(for: algorithm, kid: "generated")
        let verifyingKey = algorithm.isSymmetric ? key : try key.publicKey()
        let subject = try Self.roundTrip(algorithm, sign: key, verify: verifyingKey)
        let stranger = try JWTKey.generate(for: algorithm)
        let strangerKey = algorithm.isSymmetric ? stranger : try stranger.publicKey()
        let strangerFailure = code { _ = try Self.roundTrip(algorithm, sign: key, verify: strangerKey) }
        #expect(key.family == algorithm.keyFamily)
        #expect(key.kid == "generated")
        #expect(key.canSign)
        #expect(verifyingKey.kid == "generated")
        #expect(subject == "round-trip")
        #expect(strangerFailure == "bad_signature")
    }

    @Test("A generated key has the documented size", arguments: asymmetricAlgorithms)
    func generatedKeySize(algorithm: JWTAlgorithm) throws {
        let bits = try JWTKey.generate(for: algorithm).bits
        let expected: [JWTAlgorithm: Int] = [.rs256: 2048, .es256: 256, .es384: 384, .es512: 521, .edDSA: 256]
        #expect(bits == expected[algorithm])
    }

    @Test("A private key survives a PKCS#8 PEM round trip and its SPKI PEM verifies", arguments: asymmetricAlgorithms)
    func pemRoundTrip(algorithm: JWTAlgorithm) throws {
        let original = try JWTKey.generate(for: algorithm)
        let privatePEM = try original.privateKeyPEM()
        let publicPEM = try original.publicKeyPEM()
        #expect(privatePEM.hasPrefix("-----BEGIN PRIVATE KEY-----"))
        #expect(publicPEM.hasPrefix("-----BEGIN PUBLIC KEY-----"))
        let reread = try JWTKey(pem: privatePEM)
        let publicKey = try JWTKey(pem: publicPEM)
        let rereadJWK = try reread.jwk(includingPrivate: true)
        let originalJWK = try original.jwk(includingPrivate: true)
        let fromReread = try Self.roundTrip(algorithm, sign: reread, verify: publicKey)
        let fromOriginal = try Self.roundTrip(algorithm, sign: original, verify: JWTKey(pem: reread.publicKeyPEM()))
        #expect(!publicKey.canSign)
        #expect(rereadJWK == originalJWK)
        #expect(fromReread == "round-trip")
        #expect(fromOriginal == "round-trip")
    }

    @Test("A private key survives a JWK round trip and its public JWK verifies", arguments: asymmetricAlgorithms)
    func jwkRoundTrip(algorithm: JWTAlgorithm) throws {
        let original = try JWTKey.generate(for: algorithm, kid: "k1")
        let privateJWK = try original.jwk(includingPrivate: true)
        let publicJWK = try original.jwk()
        #expect(privateJWK["d"] != nil)
        #expect(publicJWK["d"] == nil && publicJWK["p"] == nil && publicJWK["q"] == nil)
        #expect(publicJWK["kid"] == "k1")
        let reread = try JWTKey(jwk: privateJWK)
        let publicKey = try JWTKey(jwk: publicJWK)
        let rereadPrivateJWK = try reread.jwk(includingPrivate: true)
        let rereadPublicJWK = try publicKey.jwk()
        let subject = try Self.roundTrip(algorithm, sign: reread, verify: publicKey)
        // The JSON text form reads back too.
        let fromText = try JWTKey(jwk: original.jwkString()).jwk()
        #expect(reread.canSign && !publicKey.canSign)
        #expect(rereadPrivateJWK == privateJWK)
        #expect(rereadPublicJWK == publicJWK)
        #expect(subject == "round-trip")
        #expect(fromText == publicJWK)
    }

    @Test("A key with alg and use keeps them through JWK export")
    func jwkKeepsAlgAndUse() throws {
        var jwk = try TestKeys.pem("ed25519-private.pem", kid: "ed").jwk(includingPrivate: true)
        jwk["alg"] = "EdDSA"
        jwk["use"] = "sig"
        let key = try JWTKey(jwk: jwk)
        let exported = try key.publicKey().jwk()
        #expect(exported["alg"] == "EdDSA")
        #expect(exported["use"] == "sig")
        #expect(exported["kid"] == "ed")
    }

    @Test("An HMAC JWK exports only when asked for its secret, and reads back")
    func hmacJWKRoundTrip() throws {
        let key = try TestKeys.hmac(kid: "shared")
        let publicExport = code { _ = try key.jwk() }
        let jwk = try key.jwk(includingPrivate: true)
        let reread = try JWTKey(jwk: jwk)
        let subject = try Self.roundTrip(.hs512, sign: key, verify: reread)
        #expect(publicExport == "invalid_usage")
        #expect(jwk["kty"] == "oct")
        #expect(jwk["k"] == .string(Craft.base64url(TestKeys.secret)))
        #expect(reread.kid == "shared")
        #expect(subject == "round-trip")
    }

    @Test("A public JWK Set export parses back and verifies tokens by kid")
    func publicJWKSRoundTrip() throws {
        let keys = try [
            JWTKey.generate(for: .es256, kid: "ec"), JWTKey.generate(for: .edDSA, kid: "ed"), TestKeys.pem("rsa-private.pem", kid: "rsa"),
        ]
        let published = try JWTKeySet(keys).publicJWKSString()
        #expect(!published.contains("\"d\""))
        let reread = try JWTKeySet(jwks: published)
        #expect(reread.keys.map(\.kid) == ["ec", "ed", "rsa"])
        #expect(reread.keys.allSatisfy { !$0.canSign })
        let verifier = try JWTVerifier(keySet: reread, algorithms: [.es256, .edDSA, .ps256], validation: .at(testNow))
        for (key, algorithm) in zip(keys, [JWTAlgorithm.es256, .edDSA, .ps256]) {
            let token = try JWTSigner(key: key, algorithm: algorithm).sign(["sub": .string(key.kid ?? "")])
            let verified = try verifier.verify(token)
            #expect(verified.claims["sub"] == .string(key.kid ?? ""))
        }
    }

    @Test("A JWK Set holding an HMAC secret refuses to publish it")
    func jwksWithSecretIsNotPublished() throws {
        let keySet = try JWTKeySet([TestKeys.hmac(kid: "secret"), TestKeys.pem("ec256-public.pem", kid: "ec")])
        let failure = code { _ = try keySet.publicJWKSString() }
        #expect(failure == "invalid_usage")
    }
}
