// The current-user and admin dependencies, as typed child request contexts.
import Foundation
import Hummingbird
import WebSupport

/// FastAPI's `get_current_user`: the authenticated user, or "Not
/// authenticated" (401) when the request had no bearer token.
func getCurrentUser(identity: User?) throws(WebError) -> User {
    guard let user = identity else { throw .missingToken }
    return user
}

/// FastAPI's `require_admin`, built on ``getCurrentUser(identity:)``: the
/// user when they are an admin, or "Not enough permissions" (403).
func requireAdmin(_ currentUser: User) throws(WebError) -> User {
    guard currentUser.role == .admin else { throw .notEnoughPermissions }
    return currentUser
}

/// The context of routes that need a user: `Depends(get_current_user)`.
///
/// Hummingbird builds it once per request, before the handler runs, so a
/// handler that takes this context always has a non-optional `currentUser`.
struct CurrentUserContext: ChildRequestContext {
    var coreContext: CoreRequestContextStorage
    let currentUser: User
    /// The check an ``AdminContext`` built from this context runs.
    let requireAdmin: AdminCheck

    init(context: AppRequestContext) throws {
        self.currentUser = try getCurrentUser(identity: context.identity)
        self.requireAdmin = context.requireAdmin
        // Copy the parent's core context: it holds the route parameters.
        self.coreContext = context.coreContext
    }

    var responseEncoder: SortedJSONEncoder { SortedJSONEncoder() }
}

/// The context of admin routes: `Depends(require_admin)`, built from a
/// ``CurrentUserContext`` as `require_admin` depends on `get_current_user`.
struct AdminContext: ChildRequestContext {
    var coreContext: CoreRequestContextStorage
    let admin: User

    init(context: CurrentUserContext) throws {
        self.admin = try context.requireAdmin(context.currentUser)
        self.coreContext = context.coreContext
    }

    var responseEncoder: SortedJSONEncoder { SortedJSONEncoder() }
}

/// Puts the admin check into each request's context, for ``AdminContext`` to
/// run: the chapter's ``requireAdmin(_:)``, or the one a test passes to
/// `buildRouter`, as FastAPI's `app.dependency_overrides` lets a test replace
/// `require_admin`.
struct AdminCheckMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let requireAdmin: AdminCheck

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.requireAdmin = requireAdmin
        return try await next(request, context)
    }
}
