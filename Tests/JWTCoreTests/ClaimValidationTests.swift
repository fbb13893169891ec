// Validation of the registered claims (RFC 7519 §4.1): time, issuer, audience, types, required claims.
import Foundation
import JWTCore
import Testing

@Suite("Claim validation")
struct ClaimValidationTests {
    static let now = Int64(testNow)

    /// Signs `claims` with the test HMAC key and verifies them at `seconds` (plus any extra rules).
    static func check(
        _ claims: [String: JSONValue], at seconds: TimeInterval = testNow, _ configure: (inout JWTValidation) -> Void = { _ in }
    ) throws -> String? {
        let token = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256).sign(claims)
        var validation = JWTValidation.at(seconds)
        configure(&validation)
        return failureCode(token, try TestKeys.hs256Verifier(validation))
    }

    /// Verifies a payload written by hand (for values JWTCore's signer would never write).
    static func check(payload: String) throws -> String? {
        failureCode(Craft.hs256(payload: payload), try TestKeys.hs256Verifier())
    }

    // MARK: exp, nbf, iat

    /// A time claim set `offset` seconds from now, checked with `leeway`, and the code it must give.
    struct TimeCase: Sendable, CustomTestStringConvertible {
        let claim: String
        let offset: Int64
        let leeway: TimeInterval
        let expected: String?

        var testDescription: String {
            "\(claim) = now \(offset < 0 ? "-" : "+") \(abs(offset)), leeway \(Int(leeway)) → \(expected ?? "accepted")"
        }
    }

    @Test(
        "exp, nbf and iat are checked at their exact boundaries, with and without leeway",
        arguments: [
            // now == exp is expired (RFC 7519 §4.1.4: "on or after").
            TimeCase(claim: "exp", offset: 1, leeway: 0, expected: nil),
            TimeCase(claim: "exp", offset: 0, leeway: 0, expected: "expired"),
            TimeCase(claim: "exp", offset: -1, leeway: 0, expected: "expired"),
            // now == exp + leeway - 1 is accepted; now == exp + leeway is expired.
            TimeCase(claim: "exp", offset: -59, leeway: 60, expected: nil),
            TimeCase(claim: "exp", offset: -60, leeway: 60, expected: "expired"),
            // nbf == now + leeway is accepted; nbf == now + leeway + 1 is not yet valid.
            TimeCase(claim: "nbf", offset: -600, leeway: 0, expected: nil),
            TimeCase(claim: "nbf", offset: 0, leeway: 0, expected: nil),
            TimeCase(claim: "nbf", offset: 1, leeway: 0, expected: "not_yet_valid"),
            TimeCase(claim: "nbf", offset: 30, leeway: 30, expected: nil),
            TimeCase(claim: "nbf", offset: 31, leeway: 30, expected: "not_yet_valid"),
            // iat in the future beyond the leeway is refused.
            TimeCase(claim: "iat", offset: -3600, leeway: 0, expected: nil),
            TimeCase(claim: "iat", offset: 0, leeway: 0, expected: nil),
            TimeCase(claim: "iat", offset: 1, leeway: 0, expected: "issued_in_future"),
            TimeCase(claim: "iat", offset: 30, leeway: 30, expected: nil),
            TimeCase(claim: "iat", offset: 31, leeway: 30, expected: "issued_in_future"),
        ])
    func timeClaimBoundaries(timeCase: TimeCase) throws {
        let failure = try Self.check([timeCase.claim: .integer(Self.now + timeCase.offset)]) { $0.leeway = timeCase.leeway }
        #expect(failure == timeCase.expected)
    }

    @Test("A fractional exp is compared exactly")
    func fractionalExpiration() throws {
        let exp: JSONValue = .number(testNow + 0.5)
        let halfASecondBefore = try Self.check(["exp": exp])
        let atExp = try Self.check(["exp": exp], at: testNow + 0.5)
        #expect(halfASecondBefore == nil)
        #expect(atExp == "expired")
    }

    @Test("An expired token is rejected even when its nbf and iat are fine")
    func expiredTokenIsRejected() throws {
        let claims: [String: JSONValue] = [
            "iat": .integer(Self.now - 600), "nbf": .integer(Self.now - 600), "exp": .integer(Self.now - 1),
        ]
        let token = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256).sign(claims)
        let verifier = try TestKeys.hs256Verifier()
        #expect(throws: JWTError.expired) { try verifier.verify(token) }
    }

    @Test(
        "A time claim that is not a finite number is an invalid claim",
        arguments: [
            #"{"exp":"1700000900"}"#, #"{"exp":1e400}"#, #"{"exp":-1e400}"#, #"{"exp":true}"#, #"{"exp":null}"#,
            #"{"exp":[1700000900]}"#, #"{"nbf":"0"}"#, #"{"nbf":1e400}"#, #"{"iat":{}}"#, #"{"iat":"now"}"#,
        ])
    func nonNumericTimeIsInvalid(payload: String) throws {
        let failure = try Self.check(payload: payload)
        #expect(failure == "invalid_claim")
    }

    @Test("Very large finite exp values are accepted", arguments: [#"{"exp":1e300}"#, #"{"exp":99999999999999999999}"#])
    func largeExpirationIsAccepted(payload: String) throws {
        let failure = try Self.check(payload: payload)
        #expect(failure == nil)
    }

    // MARK: iss

    static func expectIssuer(_ validation: inout JWTValidation) {
        validation.issuer = "https://auth.example.com"
    }

    @Test(
        "iss must equal the configured issuer exactly",
        arguments: [
            ("https://auth.example.com", nil), ("https://auth.example.com/", "invalid_issuer"),
            ("https://AUTH.example.com", "invalid_issuer"), ("https://evil.example.com", "invalid_issuer"),
            ("", "invalid_issuer"),
        ] as [(String, String?)])
    func issuerMustMatchExactly(issuer: String, expected: String?) throws {
        let failure = try Self.check(["iss": .string(issuer)], Self.expectIssuer)
        #expect(failure == expected)
    }

    @Test("A missing iss is a missing claim when an issuer is configured, and fine otherwise")
    func missingIssuer() throws {
        let configured = try Self.check(["sub": "1"], Self.expectIssuer)
        let unconfigured = try Self.check(["iss": "anyone"])
        #expect(configured == "missing_claim")
        #expect(unconfigured == nil)
    }

    @Test("A non-string iss is an invalid issuer", arguments: [["https://auth.example.com"], 1, nil, true] as [JSONValue])
    func nonStringIssuer(value: JSONValue) throws {
        let failure = try Self.check(["iss": value], Self.expectIssuer)
        #expect(failure == "invalid_issuer")
    }

    // MARK: aud

    static func acceptAPIs(_ validation: inout JWTValidation) {
        validation.audience = ["notes-api", "admin-api"]
    }

    @Test(
        "aud as a string or an array must name an accepted audience",
        arguments: [
            ("notes-api", nil), ("admin-api", nil), (["other", "notes-api"], nil), ("other", "invalid_audience"),
            (["other", "another"], "invalid_audience"), ([], "invalid_audience"), ("Notes-API", "invalid_audience"),
        ] as [(JSONValue, String?)])
    func audienceMustMatch(audience: JSONValue, expected: String?) throws {
        let failure = try Self.check(["aud": audience], Self.acceptAPIs)
        #expect(failure == expected)
    }

    @Test("A missing aud is a missing claim when audiences are configured")
    func missingAudience() throws {
        let failure = try Self.check(["sub": "1"], Self.acceptAPIs)
        #expect(failure == "missing_claim")
    }

    @Test("A token with aud is refused when the verifier accepts no audience", arguments: ["notes-api", ["notes-api"]] as [JSONValue])
    func unexpectedAudience(audience: JSONValue) throws {
        let failure = try Self.check(["aud": audience])
        #expect(failure == "invalid_audience")
    }

    @Test(
        "aud that is not a string or an array of strings is an invalid audience",
        arguments: [["notes-api", 1], ["notes-api", nil], [["notes-api"]], 1, nil, ["aud": "notes-api"]] as [JSONValue])
    func malformedAudience(value: JSONValue) throws {
        let failure = try Self.check(["aud": value], Self.acceptAPIs)
        #expect(failure == "invalid_audience")
    }

    // MARK: Required claims and claim types

    @Test(
        "Required claims must be present, whatever their value",
        arguments: [
            (["exp": .integer(now + 60), "sub": "1"], nil), (["exp": .integer(now + 60)], "missing_claim"),
            (["sub": "1"], "missing_claim"), (["sub": "1", "exp": nil], "invalid_claim"),
        ] as [([String: JSONValue], String?)])
    func requiredClaims(claims: [String: JSONValue], expected: String?) throws {
        let failure = try Self.check(claims) { $0.requiredClaims = ["exp", "sub"] }
        #expect(failure == expected)
    }

    @Test("A missing required claim names the claim")
    func missingClaimIsNamed() throws {
        let token = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256).sign(["exp": .integer(Self.now + 60)])
        var validation = JWTValidation.at(testNow)
        validation.requiredClaims = ["exp", "sub"]
        let verifier = try TestKeys.hs256Verifier(validation)
        #expect(throws: JWTError.missingClaim("sub")) { try verifier.verify(token) }
    }

    @Test(
        "A sub or jti that is not a string is an invalid claim",
        arguments: [("sub", 1), ("sub", nil), ("sub", ["1"]), ("jti", 42), ("jti", false), ("jti", [:])] as [(String, JSONValue)])
    func nonStringSubjectOrIDIsInvalid(name: String, value: JSONValue) throws {
        let wrongType = try Self.check([name: value])
        let string = try Self.check([name: "a string"])
        #expect(wrongType == "invalid_claim")
        #expect(string == nil)
    }

    @Test("Unregistered claims of any type pass through unchanged")
    func privateClaimsPassThrough() throws {
        let claims: [String: JSONValue] = [
            "sub": "1", "roles": ["reader", "writer"], "limits": ["daily": 100, "ratio": 0.25], "beta": true, "note": nil,
        ]
        let token = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256).sign(claims)
        let verified = try TestKeys.hs256Verifier().verify(token)
        #expect(verified.claims == claims)
    }

    // MARK: typ

    @Test(
        "An expected typ matches without case and without application/, and refuses others",
        arguments: [
            (#"{"alg":"HS256","typ":"JWT"}"#, nil), (#"{"alg":"HS256","typ":"jwt"}"#, nil),
            (#"{"alg":"HS256","typ":"application/JWT"}"#, nil), (#"{"alg":"HS256","typ":"at+jwt"}"#, "invalid_claim"),
            (#"{"alg":"HS256"}"#, "invalid_claim"),
        ] as [(String, String?)])
    func expectedType(header: String, expected: String?) throws {
        var validation = JWTValidation.at(testNow)
        validation.expectedType = "JWT"
        let failure = failureCode(Craft.hs256(header: header, payload: #"{"sub":"1"}"#), try TestKeys.hs256Verifier(validation))
        #expect(failure == expected)
    }

    // MARK: Codable claims

    struct Session: Codable, Equatable {
        let sub: String
        let exp: Date
        let admin: Bool
    }

    @Test("Claims decode into a Codable struct with a Date exp")
    func codableClaimsRoundTrip() throws {
        let session = Session(sub: "1", exp: Date(timeIntervalSince1970: testNow + 900), admin: false)
        let token = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256).sign(session)
        let verifier = try TestKeys.hs256Verifier()
        let raw = try verifier.verify(token).claims
        let decoded = try verifier.verify(token, as: Session.self)
        #expect(raw["exp"] == .integer(Self.now + 900))
        #expect(decoded == session)
    }

    @Test("Codable decoding still enforces exp")
    func codableClaimsStillExpire() throws {
        let session = Session(sub: "1", exp: Date(timeIntervalSince1970: testNow), admin: false)
        let token = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256).sign(session)
        let verifier = try TestKeys.hs256Verifier()
        #expect(throws: JWTError.expired) { try verifier.verify(token, as: Session.self) }
    }

    @Test("A claim the struct needs but the token lacks is a missing claim; a wrong type is an invalid claim")
    func codableClaimsReportShapeErrors() throws {
        let signer = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256)
        let missing = try signer.sign(["sub": "1", "exp": .integer(Self.now + 60)])
        let wrongType = try signer.sign(["sub": "1", "exp": .integer(Self.now + 60), "admin": "yes"])
        let verifier = try TestKeys.hs256Verifier()
        #expect(throws: JWTError.missingClaim("admin")) { try verifier.verify(missing, as: Session.self) }
        let wrongTypeFailure = code { _ = try verifier.verify(wrongType, as: Session.self) }
        #expect(wrongTypeFailure == "invalid_claim")
    }
}
