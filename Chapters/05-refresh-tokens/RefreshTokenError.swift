// The three ways a refresh token is refused.

/// Why a refresh token was refused; each answers 401 with its own message.
///
/// The refresh routes throw these, and ``FlaskStyleErrorMiddleware`` turns
/// them into `{"error": ...}`, as it does every other error.
enum RefreshTokenError: Error, Sendable, Equatable {
    /// The token is missing, is not shaped like a refresh token, is unknown,
    /// or was revoked by a logout or by reuse detection.
    case invalid

    /// The token is genuine but past its expiry time.
    case expired

    /// The token was already spent. Someone presented it a second time, so
    /// it was copied: the whole family is now revoked (RFC 9700 §4.14.2).
    /// The user and the family are there for the log line; the client never
    /// sees them.
    case reuseDetected(userID: Int64, family: String)

    /// The stable snake_case code of this error.
    var code: String {
        switch self {
        case .invalid: "invalid_refresh_token"
        case .expired: "refresh_token_expired"
        case .reuseDetected: "refresh_token_reuse_detected"
        }
    }

    /// The message a client reads. It never contains a token.
    var message: String {
        switch self {
        case .invalid: "Invalid refresh token"
        case .expired: "Refresh token has expired"
        case .reuseDetected: "Refresh token reuse detected"
        }
    }
}
