// What a verifier decided about a token, sorted the way the article's two `except` branches sort it.
import JWTCore

/// A verifier's decision about one token.
enum Verdict: Equatable {
    /// The token is genuine and current; holds its claims.
    case accepted([String: JSONValue])
    /// The token was genuine but its time is up: the client should sign in again.
    case expired
    /// The token is refused for good, for the reason given.
    case refused(JWTError)

    /// The error code a refusal reports, such as `"bad_signature"`, or `nil` when accepted.
    var errorCode: String? {
        switch self {
        case .accepted: nil
        case .expired: JWTError.expired.code
        case .refused(let error): error.code
        }
    }
}

/// Verifies `token` and sorts the outcome into accepted, expired or refused.
func verdict(on token: String, by verifier: JWTVerifier) -> Verdict {
    do {
        let verified = try verifier.verify(token)
        return .accepted(verified.claims)
    } catch .expired {
        // PyJWT raises ExpiredSignatureError here.
        return .expired
    } catch {
        // Every other JWTError is one of PyJWT's InvalidTokenError subclasses.
        return .refused(error)
    }
}
