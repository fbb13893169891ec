// POST /login: check a username and password sent as JSON, answer with a token.
import Hummingbird
import WebSupport

/// The JSON body of `POST /login`: `{"username": "...", "password": "..."}`.
struct LoginRequest: Decodable {
    let username: String
    let password: String
}

/// The answer to a good login: `{"token": "<jwt>"}`.
struct TokenResponse: ResponseEncodable {
    let token: String
}

/// Returns the `POST /login` handler.
///
/// Unlike the article's "Authenticate the user..." placeholder, it checks the
/// password against the bcrypt hash in the database, and it answers an
/// unknown user and a wrong password alike: 401 "Invalid username or
/// password". The token it issues expires (`exp`), and `encode` already
/// returns a string: there is no `.decode('utf-8')` to call. The answer
/// holds a credential, so it is marked never to be cached.
///
/// `checkCredentials` is the services' `CredentialVerifier` unless exercise
/// 2.4 passes yours.
func login(
    services: AuthServices, checkCredentials: CredentialCheck? = nil
) -> @Sendable (Request, ChapterRequestContext) async throws -> EditedResponse<TokenResponse> {
    let checkCredentials = checkCredentials ?? { try await services.credentials.authenticate(username: $0, password: $1) }
    return { request, _ in
        let body = try await request.decodeJSONBody(as: LoginRequest.self)
        let user = try await checkCredentials(body.username, body.password)
        let token = TokenResponse(token: try services.tokens.issue(for: user))
        return EditedResponse(headers: [.cacheControl: "no-store"], response: token)
    }
}
