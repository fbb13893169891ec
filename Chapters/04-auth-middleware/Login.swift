// POST /login, a public route: check a username and password sent as JSON, answer with a token.
import Hummingbird
import WebSupport

/// The JSON body of `POST /login`: `{"username": "...", "password": "..."}`.
struct LoginRequest: Decodable {
    let username: String
    let password: String
}

/// The answer to a good login: `{"token": "<jwt>"}`, as in chapter 2.
struct TokenResponse: ResponseEncodable {
    let token: String
}

/// Returns the `POST /login` handler, which answers exactly as chapter 2's.
///
/// It is on the list of public routes, so the gate lets it through without
/// a token: the route that hands out tokens cannot demand one. The password
/// is checked against its bcrypt hash, and a wrong password and an unknown
/// user get the same 401.
func login(
    services: AuthServices
) -> @Sendable (Request, AppRequestContext) async throws -> EditedResponse<TokenResponse> {
    return { request, _ in
        let body = try await request.decodeJSONBody(as: LoginRequest.self)
        let user = try await services.credentials.authenticate(username: body.username, password: body.password)
        let token = TokenResponse(token: try services.tokens.issue(for: user))
        return EditedResponse(headers: [.cacheControl: "no-store"], response: token)
    }
}
