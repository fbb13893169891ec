// The `crit` header (RFC 7515 §4.1.11): only understood extensions, and only in its strict form.
import JWTCore
import Testing

@Suite("Critical header extensions")
struct CriticalHeaderTests {
    static func token(_ headerFields: [String: JSONValue]) throws -> String {
        try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256).sign(["sub": "1"], headerFields: headerFields)
    }

    static func verifier(understanding names: Set<String> = []) throws -> JWTVerifier {
        var validation = JWTValidation.at(testNow)
        validation.understoodCriticalHeaders = names
        return try JWTVerifier(key: TestKeys.hmac(), algorithms: [.hs256], validation: validation)
    }

    @Test("A crit extension the verifier does not understand is refused")
    func unknownCriticalExtensionIsRefused() throws {
        let token = try Self.token(["crit": ["urn:example:policy"], "urn:example:policy": "strict"])
        let understandingNothing = failureCode(token, try Self.verifier())
        let understandingOthers = failureCode(token, try Self.verifier(understanding: ["something-else"]))
        #expect(understandingNothing == "crit_unsupported")
        #expect(understandingOthers == "crit_unsupported")
    }

    @Test("A crit extension listed in understoodCriticalHeaders is accepted")
    func understoodCriticalExtensionPasses() throws {
        let token = try Self.token(["crit": ["urn:example:policy"], "urn:example:policy": "strict"])
        let verified = try Self.verifier(understanding: ["urn:example:policy"]).verify(token)
        #expect(verified.header.critical == ["urn:example:policy"])
        #expect(verified.header.fields["urn:example:policy"] == "strict")
    }

    @Test(
        "A malformed crit is refused as malformed even when every name is understood",
        arguments: [
            ("not an array", ["crit": "ext", "ext": 1]),
            ("empty array", ["crit": [], "ext": 1]),
            ("registered name alg", ["crit": ["alg"]]),
            ("registered name kid", ["crit": ["kid"], "kid": "k"]),
            ("name missing from the header", ["crit": ["ext"]]),
            ("name listed twice", ["crit": ["ext", "ext"], "ext": 1]),
            ("non-string name", ["crit": [1], "ext": 1]),
            ("empty name", ["crit": [""], "": 1]),
            ("null", ["crit": nil, "ext": 1]),
        ] as [(String, [String: JSONValue])])
    func malformedCriticalIsRefused(name: String, headerFields: [String: JSONValue]) throws {
        let token = try Self.token(headerFields)
        let verifier = try Self.verifier(understanding: ["ext", "alg", "kid", ""])
        let failure = failureCode(token, verifier)
        #expect(failure == "malformed", "\(name)")
    }
}
