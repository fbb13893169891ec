// Reading the bearer token and loading its user, once per request.
import Hummingbird
import HummingbirdAuth
import WebSupport

/// The middleware half of FastAPI's `get_current_user`: reads the bearer
/// token (what `OAuth2PasswordBearer` does), verifies it, and loads its user
/// from the database into `context.identity`.
///
/// With no token, or another scheme, it returns `nil` and lets the request
/// go on; ``CurrentUserContext`` then answers "Not authenticated". A token
/// that is present but bad stops the request here.
struct BearerTokenAuthenticator: AuthenticatorMiddleware {
    typealias Context = AppRequestContext

    let services: AuthServices
    /// Finds the user: ``findCurrentUser(in:services:)``, or yours in exercise 3.2.
    var findUser: CurrentUserFinder = { try await findCurrentUser(in: $0, services: $1) }

    func authenticate(request: Request, context: Context) async throws -> User? {
        try await findUser(request.headers, services)
    }
}

/// Returns the user that the bearer token in `headers` names, loaded from
/// the database, or `nil` when there is no bearer token at all.
func findCurrentUser(in headers: HTTPFields, services: AuthServices) async throws -> User? {
    let token: String
    do {
        token = try BearerToken.extract(from: headers)
    } catch .missingToken, .unsupportedScheme {
        return nil
    }
    let claims = try services.tokens.verify(token)
    guard let user = try await services.users.user(id: claims.userID) else {
        throw WebError.unknownUser
    }
    return user
}
