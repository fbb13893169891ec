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
    // Both claims count seconds since 1970, so compare them with the clock in the same unit.
    let currentTime = now.timeIntervalSince1970
    if let exp = claims["exp"] {
        // A NumericDate is a JSON number, whole or not; anything else means the token is broken.
        guard let expiry = exp.doubleValue else {
            throw JWTError.invalidClaim("exp is not a number")
        }
        // The token expires at the instant exp is reached, not one second later.
        if currentTime >= expiry + leeway {
            throw JWTError.expired
        }
    }
    if let nbf = claims["nbf"] {
        guard let notBefore = nbf.doubleValue else {
            throw JWTError.invalidClaim("nbf is not a number")
        }
        // The token may be used from nbf on; leeway lets a slightly fast issuer's token through.
        if notBefore > currentTime + leeway {
            throw JWTError.notYetValid
        }
    }
}
