// Exercise 1.6: the verifier's allow-list decides the algorithm; "none" and unknown names are refused.
import Exercises01
import JWTCore
import Testing

@Suite(
    "Exercise 1.6: Refuse a token's algorithm unless it is allowed",
    .exercise("1.6") { _ = try allowedAlgorithm(in: ["alg": "HS256"], allowList: [.hs256]) })
struct Exercise1_6Tests {
    @Test(
        "An algorithm in the allow-list is returned",
        arguments: [
            ("HS256", [.hs256], .hs256),
            ("RS256", [.hs256, .rs256], .rs256),
            ("ES256", [.es256], .es256),
            ("EdDSA", JWTAlgorithm.allCases, .edDSA),
        ] as [(String, [JWTAlgorithm], JWTAlgorithm)])
    func allowedAlgorithmIsReturned(name: String, allowList: [JWTAlgorithm], expected: JWTAlgorithm) throws {
        let algorithm = try attempt("1.6") { try allowedAlgorithm(in: ["typ": "JWT", "alg": .string(name)], allowList: allowList) }
        #expect(algorithm == expected, Hint.next(for: "1.6"))
    }

    @Test("alg none is refused in every casing, even when every real algorithm is allowed", arguments: ["none", "NONE", "nOnE", "None"])
    func noneIsRefused(name: String) {
        let code = thrownCode { try allowedAlgorithm(in: ["alg": .string(name)], allowList: JWTAlgorithm.allCases) }
        #expect(code == "algorithm_not_allowed", Hint.next(for: "1.6"))
    }

    @Test(
        "A header without an alg string is refused",
        arguments: [
            [:],
            ["typ": "JWT"],
            ["alg": nil],
            ["alg": 256],
            ["alg": true],
            ["alg": ["HS256"]],
        ] as [[String: JSONValue]])
    func missingOrNotAString(header: [String: JSONValue]) {
        let code = thrownCode { try allowedAlgorithm(in: header, allowList: JWTAlgorithm.allCases) }
        #expect(code == "algorithm_not_allowed", Hint.next(for: "1.6"))
    }

    @Test("An unknown algorithm name is refused, and names are case-sensitive", arguments: ["", "HS1024", "hs256", "HS256 ", "RSA-OAEP"])
    func unknownNameIsRefused(name: String) {
        let code = thrownCode { try allowedAlgorithm(in: ["alg": .string(name)], allowList: JWTAlgorithm.allCases) }
        #expect(code == "algorithm_not_allowed", Hint.next(for: "1.6"))
    }

    @Test(
        "A real algorithm outside the allow-list is refused",
        arguments: [
            ("RS256", [.hs256]),
            // Key confusion: HS256 where the verifier expects a public-key algorithm.
            ("HS256", [.rs256, .es256]),
            ("HS512", [.hs256]),
            ("EdDSA", []),
        ] as [(String, [JWTAlgorithm])])
    func outsideTheAllowList(name: String, allowList: [JWTAlgorithm]) {
        let code = thrownCode { try allowedAlgorithm(in: ["alg": .string(name)], allowList: allowList) }
        #expect(code == "algorithm_not_allowed", Hint.next(for: "1.6"))
    }
}
