// Every token failure code is reachable, and API misuse is told apart from token failures.
import Foundation
import JWTCore
import Testing

@Suite("Error codes")
struct ErrorCodeTests {
    /// One scenario per token failure code: the code it must produce and the call that produces it.
    static func scenarios() throws -> [(expected: String, run: () throws -> Void)] {
        let key = try TestKeys.hmac()
        let signer = try JWTSigner(key: key, algorithm: .hs256)
        func verify(
            _ claims: [String: JSONValue], headerFields: [String: JSONValue] = [:],
            _ configure: (inout JWTValidation) -> Void = { _ in }
        ) throws -> () throws -> Void {
            let token = try signer.sign(claims, headerFields: headerFields)
            var validation = JWTValidation.at(testNow)
            configure(&validation)
            let verifier = try JWTVerifier(key: key, algorithms: [.hs256], validation: validation)
            return { _ = try verifier.verify(token) }
        }
        let good = try signer.sign(["sub": "1"])
        let hs384Token = try JWTSigner(key: key, algorithm: .hs384).sign(["sub": "1"])
        let shortKey = try JWTKey.hmac(Array(TestKeys.secret.prefix(32)))
        let keySet = try JWTKeySet([key.withKid("a"), shortKey.withKid("b")])
        return [
            ("too_large", try verify(["sub": "1"]) { $0.maxTokenSize = 20 }),
            ("malformed", { _ = try TestKeys.hs256Verifier().verify("only.two") }),
            ("algorithm_not_allowed", { _ = try TestKeys.hs256Verifier().verify(hs384Token) }),
            ("crit_unsupported", try verify(["sub": "1"], headerFields: ["crit": ["ext"], "ext": 1])),
            (
                "key_not_found",
                { _ = try JWTVerifier(keySet: keySet, algorithms: [.hs256], validation: .at(testNow)).verify(good) }
            ),
            (
                "key_invalid",
                { _ = try JWTVerifier(key: shortKey, algorithms: [.hs384], validation: .at(testNow)).verify(hs384Token) }
            ),
            ("bad_signature", { _ = try TestKeys.hs256Verifier().verify(Craft.flippingSignatureBit(of: good)) }),
            ("expired", try verify(["exp": .integer(Int64(testNow))])),
            ("not_yet_valid", try verify(["nbf": .integer(Int64(testNow) + 1)])),
            ("issued_in_future", try verify(["iat": .integer(Int64(testNow) + 1)])),
            ("invalid_issuer", try verify(["iss": "mallory"]) { $0.issuer = "jwt-auth-workbook" }),
            ("invalid_audience", try verify(["aud": "workbook-tests"])),
            ("missing_claim", try verify(["sub": "1"]) { $0.requiredClaims = ["exp"] }),
            ("invalid_claim", try verify(["exp": "tomorrow"])),
        ]
    }

    @Test("Every token failure code is reached by a scenario that produces exactly it")
    func everyFailureCodeIsReachable() throws {
        let scenarios = try Self.scenarios()
        var produced: [String] = []
        for scenario in scenarios {
            let actual = code(of: scenario.run)
            #expect(actual == scenario.expected)
            if let actual { produced.append(actual) }
        }
        #expect(Set(produced) == Set(JWTError.tokenFailureCodes))
        #expect(produced.count == JWTError.tokenFailureCodes.count)
    }

    @Test("The failure codes are distinct snake_case names and exclude invalid_usage")
    func failureCodesAreWellFormed() {
        let codes = JWTError.tokenFailureCodes
        #expect(Set(codes).count == codes.count)
        #expect(!codes.contains("invalid_usage"))
        for name in codes {
            #expect(name.allSatisfy { $0 == "_" || ($0.isLowercase && $0.isASCII) }, "\(name)")
        }
    }

    @Test("An empty algorithm list is invalid usage, not a token failure")
    func emptyAlgorithmListIsInvalidUsage() throws {
        let key = try TestKeys.hmac()
        var thrown: JWTError? = nil
        do {
            _ = try JWTVerifier(key: key, algorithms: [])
        } catch {
            thrown = error
        }
        let error = try #require(thrown)
        #expect(error.code == "invalid_usage")
        #expect(!error.isTokenFailure)
        let keySetFailure = code { _ = try JWTVerifier(keySet: JWTKeySet([key]), algorithms: []) }
        #expect(keySetFailure == "invalid_usage")
    }

    /// Validation rules no verifier should accept, each with a name for the test report.
    static let impossibleSettings: [(String, JWTValidation)] = {
        func rules(_ configure: (inout JWTValidation) -> Void) -> JWTValidation {
            var validation = JWTValidation()
            configure(&validation)
            return validation
        }
        return [
            ("maxTokenSize 0", rules { $0.maxTokenSize = 0 }),
            ("maxJSONDepth 0", rules { $0.maxJSONDepth = 0 }),
            ("negative leeway", rules { $0.leeway = -1 }),
            ("infinite leeway", rules { $0.leeway = .infinity }),
            ("NaN leeway", rules { $0.leeway = .nan }),
        ]
    }()

    @Test("Impossible validation settings are invalid usage", arguments: impossibleSettings)
    func impossibleValidationIsInvalidUsage(name: String, validation: JWTValidation) throws {
        let key = try TestKeys.hmac()
        let failure = code { _ = try JWTVerifier(key: key, algorithms: [.hs256], validation: validation) }
        #expect(failure == "invalid_usage", "\(name)")
    }

    @Test("Other API misuse is invalid usage too")
    func otherMisuseIsInvalidUsage() throws {
        let key = try TestKeys.hmac()
        let signer = try JWTSigner(key: key, algorithm: .hs256)
        let failures = [
            code { _ = try JWTKeySet([]) },
            code { _ = try key.publicKey() },
            code { _ = try key.jwk() },
            code { _ = try key.publicKeyPEM() },
            code { _ = try JWTKey.generateSecret(for: .es256) },
            code { _ = try signer.sign(["sub": "1"], headerFields: ["alg": "HS512"]) },
            code { _ = try signer.sign(["exp": .number(.infinity)]) },
            code { _ = try signer.sign(["a", "b"]) },
        ]
        #expect(failures == Array(repeating: "invalid_usage", count: failures.count))
    }

    @Test("Each error has a message that names the failure")
    func errorsHaveMessages() {
        let errors: [JWTError] = [
            .malformed("x"), .tooLarge(size: 2, limit: 1), .algorithmNotAllowed("x"), .critUnsupported("x"),
            .keyNotFound("x"), .keyInvalid("x"), .badSignature, .expired, .notYetValid, .issuedInFuture,
            .invalidIssuer("x"), .invalidAudience("x"), .missingClaim("x"), .invalidClaim("x"), .invalidUsage("x"),
        ]
        #expect(Set(errors.map(\.code)) == Set(JWTError.tokenFailureCodes + ["invalid_usage"]))
        #expect(Set(errors.map(\.message)).count == errors.count)
        #expect(errors.allSatisfy { $0.description == $0.message && !$0.message.isEmpty })
    }
}
