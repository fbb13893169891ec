// Exercise 1.4: check a token's exp and nbf claims against a clock, with leeway for clock skew.
import ExerciseSupport
import Foundation
import JWTCore

/// Checks the `exp` and `nbf` claims against `now`, allowing `leeway` seconds of clock skew
/// (RFC 7519 §4.1.4, §4.1.5).
///
/// ```swift
/// try checkTimeClaims(["exp": 1_700_000_000], now: Date(timeIntervalSince1970: 1_700_000_000), leeway: 30)
/// // Returns normally: the token expired less than 30 seconds ago.
/// ```
public func checkTimeClaims(_ claims: [String: JSONValue], now: Date, leeway: TimeInterval) throws {
    // TODO: Decide whether the token is valid at `now`, and throw if it is not. Both claims are
    // NumericDates: JSON numbers of seconds since 1970, which may have a fraction, so read them
    // with `JSONValue.doubleValue` and compare them with `now.timeIntervalSince1970`. A token
    // is expired from the moment `exp` is reached: throw `JWTError.expired` when
    // now >= exp + leeway. A token must not be used before `nbf`: throw `JWTError.notYetValid`
    // when nbf > now + leeway. The leeway forgives clocks that disagree by a few seconds, in
    // both directions. A claim that is present but not a number is a broken token: throw
    // `JWTError.invalidClaim`. A claim that is absent is fine; whether a token must have one
    // is a different question.
    throw ExerciseUnsolved("1.4")
}
