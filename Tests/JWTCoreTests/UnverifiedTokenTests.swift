// Reading a token without verifying it: everything is shown, nothing is trusted, shape is still strict.
import JWTCore
import Testing

@Suite("UnverifiedToken")
struct UnverifiedTokenTests {
    @Test("The header and claims of an expired, badly signed token can be read")
    func readsExpiredBadlySignedToken() throws {
        let key = try TestKeys.hmac(kid: "old-key")
        let token = try JWTSigner(key: key, algorithm: .hs256).sign(
            ["sub": "1", "exp": .integer(Int64(testNow) - 3600)], headerFields: ["cty": "example"])
        let tampered = Craft.flippingSignatureBit(of: token)
        let verification = failureCode(tampered, try TestKeys.hs256Verifier())
        #expect(verification == "bad_signature")

        let peek = try UnverifiedToken(insecurelyParsing: tampered)
        #expect(peek.header.algorithmName == "HS256")
        #expect(peek.header.algorithm == .hs256)
        #expect(peek.header.kid == "old-key")
        #expect(peek.header.type == "JWT")
        #expect(peek.header.fields["cty"] == "example")
        #expect(peek.claims == ["sub": "1", "exp": .integer(Int64(testNow) - 3600)])
        #expect(peek.signature == Craft.signature(of: tampered))
    }

    @Test("An unsecured alg none token can be read but never verified")
    func readsUnsecuredToken() throws {
        let token = Craft.token(header: Array(#"{"alg":"none","crit":["x"]}"#.utf8), payload: Array(#"{"sub":"1"}"#.utf8))
        let peek = try UnverifiedToken(insecurelyParsing: token)
        #expect(peek.header.algorithmName == "none")
        #expect(peek.header.algorithm == nil)
        #expect(peek.header.critical == ["x"])
        let verification = failureCode(token, try TestKeys.hs256Verifier())
        #expect(peek.signature.isEmpty)
        #expect(verification == "algorithm_not_allowed")
    }

    @Test(
        "A malformed token is still refused",
        arguments: [
            "", "a.b", "a.b.c.d", "eyJhbGciOiJIUzI1NiJ9.e30=.", "eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.",
            "W10.e30.", "eyJhbGciOiJIUzI1NiJ9.W10.", "eyJhbGciOiJIUzI1NiJ9 .e30.",
        ])
    func malformedTokenIsRefused(token: String) {
        let failure = code { _ = try UnverifiedToken(insecurelyParsing: token) }
        #expect(failure == "malformed")
    }

    @Test("The size and depth limits apply when reading without verifying")
    func limitsApply() throws {
        let token = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256).sign(["sub": "1", "deep": [[["x"]]]])
        let tooLarge = code { _ = try UnverifiedToken(insecurelyParsing: token, maxTokenSize: token.utf8.count - 1) }
        let tooDeep = code { _ = try UnverifiedToken(insecurelyParsing: token, maxJSONDepth: 3) }
        #expect(tooLarge == "too_large")
        #expect(tooDeep == "malformed")
        let peek = try UnverifiedToken(insecurelyParsing: token, maxJSONDepth: 4)
        #expect(peek.claims["deep"] == [[["x"]]])
    }

    @Test("The RFC 7515 A.1 header, with its CR LF whitespace, reads as published")
    func readsRFCHeader() throws {
        let vector = RFCVectors.all[0]
        let peek = try UnverifiedToken(insecurelyParsing: vector.token)
        #expect(peek.header.fields == ["typ": "JWT", "alg": "HS256"])
        #expect(peek.claims["http://example.com/is_root"] == true)
    }
}
