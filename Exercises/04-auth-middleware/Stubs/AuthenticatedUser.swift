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
    // TODO: Turn a request's headers into the user it acts for. Chapter 4's gate runs this for
    // every request that is not public, puts the user on the request context as `identity`
    // (Flask's g.user), and only then calls the handler; no handler ever reads the Authorization
    // header itself. Read the token after "Bearer " with WebSupport's
    // `BearerToken.extract(from: headers)`, which throws `WebError.missingToken` when there is
    // no header and another WebError when it is not a bearer token. Verify it with
    // `services.tokens.verify(_:)`, which checks the signature, exp, iss and aud and returns the
    // claims. Then load the user with `services.users.user(id: claims.userID)`, and throw
    // `WebError.unknownUser` when there is none, such as a user deleted since the token was
    // issued: their token must stop working at once. Return the user from the database, never
    // one made from the claims, whose name and role may be stale. Catch nothing: every error
    // goes on to the chapter's error middleware, which answers 401 "Missing token", "Token has
    // expired" or "Invalid token".
    throw ExerciseUnsolved("4.2")
}
