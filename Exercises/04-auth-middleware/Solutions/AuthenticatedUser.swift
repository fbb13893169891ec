// Exercise 4.2: the authenticate step of chapter 4's gate, from the Authorization header to a verified user.
import ExerciseSupport
import Hummingbird
import WebSupport

/// Returns the user whose valid bearer token is in `headers`, loaded from the database, or
/// throws the ``WebError`` that says what is wrong.
///
/// ```swift
/// let user = try await authenticatedUser(in: request.headers, services: services)
/// ```
public func authenticatedUser(in headers: HTTPFields, services: AuthServices) async throws -> User {
    // Each step throws a WebError when it fails; the chapter's error middleware answers it.
    let token = try BearerToken.extract(from: headers)
    let claims = try services.tokens.verify(token)
    // The user as the database has them now, not as the token remembers them.
    guard let user = try await services.users.user(id: claims.userID) else {
        throw WebError.unknownUser
    }
    return user
}
