// The gate: verify the bearer token of every request that is not public.
import Hummingbird
import WebSupport

/// Authenticates every request except the public ones,
/// and puts the verified user on the request context.
///
/// This is the article's `before_request` hook done properly. It reads the
/// token after `Bearer ` (RFC 6750 §2.1), verifies it, loads its user from
/// the database and sets `context.identity`, then calls the next responder.
/// A request without a valid token never reaches a handler: the gate throws,
/// and ``FlaskStyleErrorMiddleware`` answers 401 with `WWW-Authenticate:
/// Bearer`.
///
/// The same type guards the whole server (with the public routes) or one
/// route group (with none, its default):
///
/// ```swift
/// router.add(middleware: AuthenticationMiddleware(services: services, isPublic: PublicRoutes.chapter4.check))
/// ```
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let services: AuthServices
    /// Which requests go through without a token: by default, none.
    var isPublic: PublicRouteCheck = PublicRoutes.none.check
    /// Finds the user of the request's token: ``authenticatedUser(in:services:)``,
    /// unless an exercise test passes yours.
    var authenticate: UserAuthenticator = { try await authenticatedUser(in: $0, services: $1) }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if try isPublic(request.method, request.uri.path, context.endpointPath) {
            return try await next(request, context)
        }
        let user = try await authenticate(request.headers, services)
        await context.logFields.record(userID: user.id)
        var context = context
        context.identity = user
        return try await next(request, context)
    }
}

/// Returns the user whose valid bearer token is in `headers`, loaded from
/// the database, or throws the ``WebError`` that says what is wrong.
func authenticatedUser(in headers: HTTPFields, services: AuthServices) async throws -> User {
    let token = try BearerToken.extract(from: headers)
    let claims = try services.tokens.verify(token)
    // The token is genuine, but its user may have been deleted since it was issued.
    guard let user = try await services.users.user(id: claims.userID) else {
        throw WebError.unknownUser
    }
    return user
}
