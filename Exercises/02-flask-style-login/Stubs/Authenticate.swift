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
    // TODO: Return a new handler, a closure taking the request and the context, that checks
    // the request's token before `handler` runs; replace this `return` line with it. Read the
    // token with WebSupport's `BearerToken.extract(from: request.headers)`, which requires and
    // strips the "Bearer " prefix, then verify it with `tokens.verify(_:)`, which checks the
    // signature, exp, iss and aud and returns the token's claims. Only then call
    // `handler(request, context, claims)` and return what it returns. Do not catch anything:
    // whatever fails, let the error go on, and the chapter's error middleware answers it with
    // the right 401 ("Missing token", "Token has expired" or "Invalid token"), so the wrapper
    // never builds a response itself. Unlike the article's decorator, which threw the decoded
    // payload away, hand the verified claims to the handler, so the route knows who called it.
    return { _, _ in throw ExerciseUnsolved("2.2") }
}
