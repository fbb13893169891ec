// POST /login: check a username and password sent as JSON, answer with a token pair.
import Hummingbird
import WebSupport

/// The JSON body of `POST /login`: `{"username": "...", "password": "..."}`.
struct LoginRequest: Decodable {
    let username: String
    let password: String
}

/// Returns the `POST /login` handler.
///
/// It checks the password as chapter 2's login does, then starts a new
/// refresh-token family: every token later rotated from this one belongs
/// to it, so one reuse or one logout can revoke them all at once.
func login(
    services: RefreshServices
) -> @Sendable (Request, ChapterRequestContext) async throws -> EditedResponse<TokenPair> {
    return { request, _ in
        let body = try await request.decodeJSONBody(as: LoginRequest.self)
        let user = try await services.credentials.authenticate(username: body.username, password: body.password)
        let refreshToken = try await services.refreshTokens.startFamily(for: user.id)
        return try services.tokenPair(for: user, refreshToken: refreshToken)
    }
}
