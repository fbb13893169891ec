// The parts of chapter 4 that its exercises ask you to write, with the chapter's own as defaults.
import Hummingbird
import WebSupport

/// Whether a request may pass the global gate without a token. `path` is the text the client
/// sent; `endpointPath` is the route the router resolved, `nil` when none matched.
typealias PublicRouteCheck = @Sendable (_ method: HTTPRequest.Method, _ path: String, _ endpointPath: String?) throws -> Bool

/// Returns the user whose valid bearer token is in the headers, loaded from the database, or throws.
typealias UserAuthenticator = @Sendable (HTTPFields, AuthServices) async throws -> User

/// A middleware of this chapter's router, as a value of any middleware type.
typealias AnyMiddleware = any MiddlewareProtocol<Request, Response, AppRequestContext>

/// Makes the middleware that lets a request through only when its user has a role.
typealias RoleCheck = @Sendable (Role) -> AnyMiddleware

/// A handler of the `/api` group.
typealias APIHandler<Output> = @Sendable (Request, AppRequestContext) async throws -> Output

/// Adds the `/api` group to the router, from its gate, its role check and its two handlers.
typealias APIRoutesAdder =
    @Sendable (
        _ router: Router<AppRequestContext>, _ gate: AnyMiddleware, _ requireAdmin: AnyMiddleware,
        _ notes: @escaping APIHandler<[Note]>, _ users: @escaping APIHandler<[User]>
    ) -> Void

/// The parts of the app that the chapter's exercises ask you to write.
///
/// ``buildRouter(services:notebook:parts:)`` runs the chapter's own. The
/// exercise tests replace one part with yours and send real requests to the
/// same router, so your code answers them exactly where the chapter's would.
///
/// ```swift
/// var parts = MiddlewareParts()
/// parts.isPublic = { _, _, _ in false }  // The article's hook: nothing is public.
/// let router = buildRouter(services: services, parts: parts)
/// ```
struct MiddlewareParts: Sendable {
    /// Decides which requests the global gate lets through without a token (exercise 4.1).
    var isPublic: PublicRouteCheck = PublicRoutes.chapter4.check
    /// The gate's authenticate step, in the global gate and the `/api` gate (exercise 4.2).
    var authenticate: UserAuthenticator = { try await authenticatedUser(in: $0, services: $1) }
    /// The role middleware of `/api/admin` (exercise 4.3).
    var requireRole: RoleCheck = { RequireRoleMiddleware($0) }
    /// Composes the `/api` group (exercise 4.4).
    var addAPIRoutes: APIRoutesAdder = { Chapter04.addAPIRoutes(to: $0, gate: $1, requireAdmin: $2, notes: $3, users: $4) }
}
