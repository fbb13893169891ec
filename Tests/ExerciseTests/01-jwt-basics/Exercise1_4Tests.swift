// Exercise 1.4: exp and nbf at and around their boundaries, with and without leeway.
import Exercises01
import Foundation
import JWTCore
import Testing

/// One check of the time claims: the claims, the clock, the leeway and the expected outcome.
struct TimeClaimsCase: Sendable, CustomTestStringConvertible {
    let claims: [String: JSONValue]
    /// The clock, in seconds since 1970.
    let now: TimeInterval
    let leeway: TimeInterval
    /// The code of the `JWTError` to throw, or `nil` to accept.
    let expectedCode: String?

    var testDescription: String {
        let outcome = expectedCode.map { "throws \($0)" } ?? "accepted"
        return "\(JSONValue.object(claims)) at \(now) with leeway \(leeway): \(outcome)"
    }

    /// Calls the learner's `checkTimeClaims` and returns the code of what it throws, or `nil`.
    func run() -> String? {
        thrownCode { try checkTimeClaims(claims, now: Date(timeIntervalSince1970: now), leeway: leeway) }
    }
}

/// The instant every case revolves around: 2023-11-14 22:13:20 UTC.
private let moment: TimeInterval = 1_700_000_000

@Suite("Exercise 1.4: Check exp and nbf with leeway", .exercise("1.4") { try checkTimeClaims([:], now: Date(), leeway: 0) })
struct Exercise1_4Tests {
    @Test(
        "A token inside its validity window is accepted",
        arguments: [
            TimeClaimsCase(claims: ["exp": 1_700_000_000], now: moment - 1, leeway: 0, expectedCode: nil),
            TimeClaimsCase(claims: ["exp": 1_700_000_000], now: moment + 29, leeway: 30, expectedCode: nil),
            TimeClaimsCase(claims: ["exp": 1_700_000_000.5], now: moment, leeway: 0, expectedCode: nil),
            TimeClaimsCase(claims: ["nbf": 1_700_000_000], now: moment, leeway: 0, expectedCode: nil),
            TimeClaimsCase(claims: ["nbf": 1_700_000_000], now: moment - 30, leeway: 30, expectedCode: nil),
            TimeClaimsCase(
                claims: ["nbf": 1_700_000_000, "exp": 1_700_000_900], now: moment + 450, leeway: 0, expectedCode: nil),
        ])
    func insideTheWindow(_ check: TimeClaimsCase) {
        let code = check.run()
        #expect(code == check.expectedCode, Hint.next(for: "1.4"))
    }

    @Test(
        "A token is expired from the moment exp plus the leeway is reached",
        arguments: [
            TimeClaimsCase(claims: ["exp": 1_700_000_000], now: moment, leeway: 0, expectedCode: "expired"),
            TimeClaimsCase(claims: ["exp": 1_700_000_000], now: moment + 3600, leeway: 0, expectedCode: "expired"),
            TimeClaimsCase(claims: ["exp": 1_700_000_000], now: moment + 30, leeway: 30, expectedCode: "expired"),
            TimeClaimsCase(claims: ["exp": 1_700_000_000.5], now: moment + 0.5, leeway: 0, expectedCode: "expired"),
            TimeClaimsCase(
                claims: ["nbf": 1_699_999_000, "exp": 1_700_000_000], now: moment + 1, leeway: 0, expectedCode: "expired"),
        ])
    func expired(_ check: TimeClaimsCase) {
        let code = check.run()
        #expect(code == check.expectedCode, Hint.next(for: "1.4"))
    }

    @Test(
        "A token used before nbf, beyond the leeway, is not yet valid",
        arguments: [
            TimeClaimsCase(claims: ["nbf": 1_700_000_000], now: moment - 1, leeway: 0, expectedCode: "not_yet_valid"),
            TimeClaimsCase(claims: ["nbf": 1_700_000_000], now: moment - 31, leeway: 30, expectedCode: "not_yet_valid"),
            TimeClaimsCase(
                claims: ["nbf": 1_700_000_000, "exp": 1_700_000_900], now: moment - 600, leeway: 0, expectedCode: "not_yet_valid"),
        ])
    func notYetValid(_ check: TimeClaimsCase) {
        let code = check.run()
        #expect(code == check.expectedCode, Hint.next(for: "1.4"))
    }

    @Test(
        "An exp or nbf that is not a number is an invalid claim",
        arguments: [
            TimeClaimsCase(claims: ["exp": "1700000000"], now: moment, leeway: 0, expectedCode: "invalid_claim"),
            TimeClaimsCase(claims: ["exp": nil], now: moment, leeway: 0, expectedCode: "invalid_claim"),
            TimeClaimsCase(claims: ["exp": [1_700_000_000]], now: moment, leeway: 0, expectedCode: "invalid_claim"),
            TimeClaimsCase(claims: ["nbf": true], now: moment, leeway: 0, expectedCode: "invalid_claim"),
            TimeClaimsCase(claims: ["nbf": "yesterday"], now: moment, leeway: 0, expectedCode: "invalid_claim"),
        ])
    func notANumber(_ check: TimeClaimsCase) {
        let code = check.run()
        #expect(code == check.expectedCode, Hint.next(for: "1.4"))
    }

    @Test(
        "A token without exp or nbf passes the time check",
        arguments: [
            TimeClaimsCase(claims: [:], now: moment, leeway: 0, expectedCode: nil),
            TimeClaimsCase(claims: ["sub": "alice", "iat": 1_600_000_000], now: moment, leeway: 0, expectedCode: nil),
        ])
    func withoutTimeClaims(_ check: TimeClaimsCase) {
        let code = check.run()
        #expect(code == check.expectedCode, Hint.next(for: "1.4"))
    }
}
