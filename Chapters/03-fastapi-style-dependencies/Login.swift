// POST /login: the OAuth2 password flow (RFC 6749 §4.3), as FastAPI's OAuth2PasswordRequestForm reads it.
import Hummingbird
import WebSupport

/// The answer to a good login (RFC 6749 §5.1): `{"access_token": "...", "token_type": "bearer"}`.
struct TokenResponse: ResponseEncodable, Equatable {
    let accessToken: String
    var tokenType = "bearer"

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case tokenType = "token_type"
    }
}

/// Returns the `POST /login` handler.
///
/// It reads an `application/x-www-form-urlencoded` body with `username`,
/// `password`, an optional `grant_type` that must be `password` when given
/// (RFC 6749 §4.3.2), and an optional `scope`, which this chapter ignores.
/// Empty fields count as missing, as in FastAPI. Unlike the article's
/// placeholder, it checks the password, and answers an unknown user and a
/// wrong one alike. The token answer is never cached (RFC 6749 §5.1).
func login(services: AuthServices) -> @Sendable (Request, AppRequestContext) async throws -> EditedResponse<TokenResponse> {
    return { request, _ in
        let form = try await request.decodeFormBody()
        let missing = ["username", "password"].filter { (form[$0] ?? "").isEmpty }
        guard missing.isEmpty, let username = form["username"], let password = form["password"] else {
            throw WebError.missingFields(missing)
        }
        if let grantType = form["grant_type"], !grantType.isEmpty, grantType != "password" {
            throw WebError.invalidField("grant_type", reason: "must be 'password'")
        }
        let user = try await services.credentials.authenticate(username: username, password: password)
        let token = TokenResponse(accessToken: try services.tokens.issue(for: user))
        return EditedResponse(headers: [.cacheControl: "no-store"], response: token)
    }
}
