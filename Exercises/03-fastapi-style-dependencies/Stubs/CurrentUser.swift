// Exercise 3.2: find the user a request's bearer token names, the asynchronous half of FastAPI's get_current_user.
import ExerciseSupport
import Hummingbird
import WebSupport

/// Returns the user that the bearer token in `headers` names, loaded from the database, or
/// `nil` when the request has no bearer token at all.
///
/// ```swift
/// let user = try await findCurrentUser(in: request.headers, services: services)
/// ```
public func findCurrentUser(in headers: HTTPFields, services: AuthServices) async throws -> User? {
    // TODO: Find the user that a request's bearer token names. Chapter 3's authenticator runs
    // this once per request, and the CurrentUserContext of a protected route is built from what
    // it returns. Read the token with WebSupport's `BearerToken.extract(from: headers)`. When
    // the request has no Authorization header (`WebError.missingToken`) or one with another
    // scheme (`WebError.unsupportedScheme`), return nil rather than throw: the request goes on,
    // and a route that needs a user answers 401 "Not authenticated", as FastAPI's
    // OAuth2PasswordBearer does. Let every other error go on; the chapter answers it. Verify the
    // token with `services.tokens.verify(_:)`, then load its user from the database with
    // `services.users.user(id: claims.userID)`, and throw `WebError.unknownUser` when there is
    // none, such as a user deleted since the token was issued. Return the user from the
    // database, never one made from the claims: the article's get_current_user returned the
    // token's payload, so a stale username or role in an old token would be believed.
    throw ExerciseUnsolved("3.2")
}
