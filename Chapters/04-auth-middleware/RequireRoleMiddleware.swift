// Authorization: let a request through only when its user has a role.
import Hummingbird
import WebSupport

/// Lets a request through only when the user that the authentication
/// middleware verified has `role`; anyone else gets 403 `{"error":
/// "Forbidden"}`.
///
/// It is Flask's `abort(403)` moved out of the view into the route group.
/// It must run after ``AuthenticationMiddleware``: it reads the user from the
/// context and never looks at a token. Placed without a gate in front of it,
/// it finds no user and fails closed with 401.
///
/// hummingbird-auth's `AuthorizationPolicyMiddleware` with a `RolePolicy`
/// does the same job; these few lines show what it does.
struct RequireRoleMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let role: Role

    init(_ role: Role) {
        self.role = role
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let user = try context.requireUser()
        guard user.role == role else { throw WebError.notEnoughPermissions }
        return try await next(request, context)
    }
}
