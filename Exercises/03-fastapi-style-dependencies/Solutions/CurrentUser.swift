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
    let token: String
    do {
        token = try BearerToken.extract(from: headers)
    } catch .missingToken, .unsupportedScheme {
        // No bearer token at all: not an error yet; a route that needs a user says so.
        return nil
    }
    // A token that is present must be good: verify it, then believe only the database.
    let claims = try services.tokens.verify(token)
    guard let user = try await services.users.user(id: claims.userID) else {
        throw WebError.unknownUser
    }
    return user
}
