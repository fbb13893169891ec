// Exercise 2.2: the authenticate wrapper, the Swift shape of the article's Flask decorator.
import ExerciseSupport
import Hummingbird
import WebSupport

/// A route handler that runs only for a valid token, and receives its claims.
public typealias AuthenticatedHandler<Output> =
    @Sendable (Request, ChapterRequestContext, AccessTokenClaims) async throws -> Output

/// Wraps `handler` so that it runs only when the request carries a valid bearer token, and
/// returns the guarded handler, as the article's `@authenticate` decorator meant to.
///
/// ```swift
/// router.get("profile", use: authenticate(with: services.tokens, profile))
/// ```
public func authenticate<Output: ResponseGenerator>(
    with tokens: AccessTokenService,
    _ handler: @escaping AuthenticatedHandler<Output>
) -> @Sendable (Request, ChapterRequestContext) async throws -> Output {
    // The guarded handler: the decorator's inner function.
    return { request, context in
        // Each step throws a WebError when it fails; the error middleware answers it.
        let token = try BearerToken.extract(from: request.headers)
        let claims = try tokens.verify(token)
        return try await handler(request, context, claims)
    }
}
