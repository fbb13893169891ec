// Checking the registered claims of a verified payload (RFC 7519 §4.1).
import Foundation

enum ClaimValidator {
    /// Checks the time claims, issuer, audience, string claims and required
    /// claims of `claims`, in that order of precedence.
    static func check(_ claims: [String: JSONValue], validation: JWTValidation) throws(JWTError) {
        for name in validation.requiredClaims where claims[name] == nil {
            throw .missingClaim(name)
        }
        let now = validation.now().timeIntervalSince1970
        let leeway = validation.leeway
        if let exp = try numericDate("exp", in: claims), now >= exp + leeway {
            throw .expired
        }
        if let nbf = try numericDate("nbf", in: claims), nbf > now + leeway {
            throw .notYetValid
        }
        if let iat = try numericDate("iat", in: claims), iat > now + leeway {
            throw .issuedInFuture
        }
        try checkIssuer(claims["iss"], expected: validation.issuer)
        try checkAudience(claims["aud"], accepted: validation.audience)
        if let sub = claims["sub"], sub.stringValue == nil { throw .invalidClaim("sub must be a string") }
        if let jti = claims["jti"], jti.stringValue == nil { throw .invalidClaim("jti must be a string") }
    }

    /// Reads a NumericDate claim: a finite JSON number of seconds since 1970 (RFC 7519 §2).
    private static func numericDate(_ name: String, in claims: [String: JSONValue]) throws(JWTError) -> Double? {
        guard let value = claims[name] else { return nil }
        guard let seconds = value.doubleValue, seconds.isFinite else {
            throw .invalidClaim("\(name) must be a finite number of seconds since 1970")
        }
        return seconds
    }

    private static func checkIssuer(_ value: JSONValue?, expected: String?) throws(JWTError) {
        guard let expected else { return }
        guard let value else { throw .missingClaim("iss") }
        guard case .string(let issuer) = value else { throw .invalidIssuer("iss must be a string") }
        guard issuer == expected else { throw .invalidIssuer("the token's issuer is not the expected one") }
    }

    private static func checkAudience(_ value: JSONValue?, accepted: [String]) throws(JWTError) {
        guard let value else {
            if !accepted.isEmpty { throw .missingClaim("aud") }
            return
        }
        guard !accepted.isEmpty else {
            throw .invalidAudience("the token names an audience, but this verifier was given none to accept")
        }
        let audiences: [String]
        switch value {
        case .string(let single):
            // The common case, checked without building an array.
            guard accepted.contains(single) else { throw .invalidAudience("the token is not meant for this audience") }
            return
        case .array(let entries):
            let strings = entries.compactMap(\.stringValue)
            guard strings.count == entries.count else { throw .invalidAudience("aud must be a string or an array of strings") }
            audiences = strings
        default:
            throw .invalidAudience("aud must be a string or an array of strings")
        }
        guard audiences.contains(where: accepted.contains) else {
            throw .invalidAudience("the token is not meant for this audience")
        }
    }
}
