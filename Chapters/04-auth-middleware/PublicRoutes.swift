// The explicit list of routes that anyone may call without a token.
import Hummingbird

/// One route that the authentication middleware lets through without a
/// token: a method and a route path as the router registered it.
struct PublicRoute: Hashable, Sendable {
    let method: HTTPRequest.Method
    let path: String

    init(_ method: HTTPRequest.Method, _ path: String) {
        self.method = method
        self.path = path
    }
}

/// The routes that need no token. Every other request, including one for a
/// path that has no route at all, must carry a valid token.
///
/// The article's `before_request` hook had no such list, so it guarded
/// `/login` too, and nobody could ever get a token. The list is matched
/// against the route the router resolved (`context.endpointPath`, like
/// Flask's `request.endpoint`), not against the text of the URL, so the
/// exemption covers exactly those handlers however a client spells the path.
struct PublicRoutes: Sendable {
    let routes: Set<PublicRoute>

    init(_ routes: [PublicRoute]) {
        self.routes = Set(routes)
    }

    /// The public routes of the chapter's server: logging in, and the health check.
    static let chapter4 = PublicRoutes([
        PublicRoute(.post, "/login"),
        PublicRoute(.get, "/health"),
    ])

    /// No public routes: for a gate in front of a route group, where every route needs a token.
    static let none = PublicRoutes([])

    /// Whether a request with `method` for the route at `endpointPath` may go
    /// through without a token. A request that matched no route
    /// (`endpointPath` is `nil`) never may.
    func contains(_ method: HTTPRequest.Method, endpointPath: String?) -> Bool {
        guard let endpointPath else { return false }
        return routes.contains(PublicRoute(method, endpointPath))
    }

    /// This list as the gate asks it. The path the client sent is ignored on
    /// purpose: only the route the router resolved counts.
    var check: PublicRouteCheck {
        { method, _, endpointPath in contains(method, endpointPath: endpointPath) }
    }
}
