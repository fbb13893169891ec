// The `authenticate` wrapper of chapter 2, for this chapter's typed access tokens.
import Hummingbird
import WebSupport

/// A route handler that runs only for a valid access token, and receives its claims.
typealias AuthenticatedHandler<Output> =
    @Sendable (Request, ChapterRequestContext, AccessTokenClaims) async throws -> Output

/// Wraps `handler` so it runs only when the request carries a valid access
/// token, and returns the guarded handler, exactly as in chapter 2.
///
/// The token must verify and say `"type": "access"`, which the typed
/// `AccessTokenService` of ``RefreshServices`` requires; a refresh token sent
/// as a bearer token is not a JWT at all, and is refused as "Invalid token".
///
/// ```swift
/// router.get("profile", use: authenticate(with: services.accessTokens, profile))
/// ```
func authenticate<Output: ResponseGenerator>(
    with tokens: AccessTokenService,
    _ handler: @escaping AuthenticatedHandler<Output>
) -> @Sendable (Request, ChapterRequestContext) async throws -> Output {
    return { request, context in
        let token = try BearerToken.extract(from: request.headers)
        let claims = try tokens.verify(token)
        return try await handler(request, context, claims)
    }
}
