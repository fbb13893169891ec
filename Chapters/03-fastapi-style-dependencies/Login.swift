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
/// It reads an `application/x-www-form-urlencoded` body with `readForm`
/// (``readPasswordForm(_:)`` unless exercise 3.1 passes yours). Unlike the
/// article's placeholder, it checks the password, and answers an unknown
/// user and a wrong one alike. The token answer is never cached (RFC 6749 §5.1).
func login(
    services: AuthServices, readForm: @escaping PasswordFormReader = { try readPasswordForm($0) }
) -> @Sendable (Request, AppRequestContext) async throws -> EditedResponse<TokenResponse> {
    return { request, _ in
        let form = try await request.decodeFormBody()
        let (username, password) = try readForm(form)
        let user = try await services.credentials.authenticate(username: username, password: password)
        let token = TokenResponse(accessToken: try services.tokens.issue(for: user))
        return EditedResponse(headers: [.cacheControl: "no-store"], response: token)
    }
}

/// Reads the username and password of an OAuth2 password-grant form, as
/// FastAPI's `OAuth2PasswordRequestForm` does (RFC 6749 §4.3.2).
///
/// `username` and `password` are required, and an empty one counts as
/// missing, as in FastAPI. `grant_type` may be left out, but must be
/// `password` when given; `scope` is read and ignored, as this chapter has no
/// scopes.
func readPasswordForm(_ form: FormFields) throws(WebError) -> (username: String, password: String) {
    let missing = ["username", "password"].filter { (form[$0] ?? "").isEmpty }
    guard missing.isEmpty, let username = form["username"], let password = form["password"] else {
        throw WebError.missingFields(missing)
    }
    if let grantType = form["grant_type"], !grantType.isEmpty, grantType != "password" {
        throw WebError.invalidField("grant_type", reason: "must be 'password'")
    }
    return (username, password)
}
