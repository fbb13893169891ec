// POST /refresh: trade a refresh token for a new pair, spending it (RFC 6749 §6).
import Hummingbird
import WebSupport

/// The JSON body of `POST /refresh` and `POST /logout`: `{"refresh_token": "..."}`.
///
/// The field is optional here so that a missing token gets the same 401
/// as a wrong one, not a 400.
struct RefreshTokenRequest: Decodable {
    let refreshToken: String?

    enum CodingKeys: String, CodingKey {
        case refreshToken = "refresh_token"
    }

    /// The token sent, or ``RefreshTokenError/invalid`` when it is missing
    /// or not shaped like a refresh token (an access token, say).
    func presentedToken() throws(RefreshTokenError) -> RefreshToken {
        guard let text = refreshToken, let token = RefreshToken(parsing: text) else { throw .invalid }
        return token
    }
}

/// Returns the `POST /refresh` handler.
///
/// The store spends the token and makes its successor in one transaction;
/// this handler then issues a fresh access token for the user, read again
/// from the database so that a deleted user cannot refresh.
func refresh(
    services: RefreshServices
) -> @Sendable (Request, ChapterRequestContext) async throws -> EditedResponse<TokenPair> {
    return { request, context in
        let body = try await request.decodeJSONBody(as: RefreshTokenRequest.self)
        let rotation: Rotation
        do {
            rotation = try await services.refreshTokens.rotate(try body.presentedToken())
        } catch RefreshTokenError.reuseDetected(let userID, let family) {
            // A security event worth a line in the log: who, and which family. Never the token.
            context.logger.warning(
                "Refresh token reuse detected; the family is revoked",
                metadata: ["user_id": "\(userID)", "family": "\(family)"])
            throw RefreshTokenError.reuseDetected(userID: userID, family: family)
        }
        guard let user = try await services.users.user(id: rotation.userID) else { throw RefreshTokenError.invalid }
        return try services.tokenPair(for: user, refreshToken: rotation.next)
    }
}
