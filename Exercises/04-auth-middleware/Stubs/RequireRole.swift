// Exercise 4.3: the role check of chapter 4's admin routes, as a middleware of its own.
import ExerciseSupport
import Hummingbird
import HummingbirdAuth
import WebSupport

/// A middleware that lets a request through only when the user that the gate put on the
/// context has `role`.
///
/// ```swift
/// router.group("admin").add(middleware: gate).add(middleware: RequireRole<AppRequestContext>(.admin))
/// ```
public struct RequireRole<Context: AuthRequestContext>: RouterMiddleware where Context.Identity == User {
    /// The role a user needs.
    public let role: Role

    public init(_ role: Role) {
        self.role = role
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // TODO: Let the request through only for a user with `role`: Flask's abort(403) moved out
        // of the view and into the route group. This middleware runs after chapter 4's gate, which
        // verified the token and set `context.identity` to the user; read the user from there and
        // never look at a header. When there is no user at all, no gate ran before this one: fail
        // closed and throw `WebError.missingToken` (401). When the user's `role` is not `role`,
        // throw `WebError.notEnoughPermissions`, which the chapter answers with 403 {"error":
        // "Forbidden"}: a 403 and not a 401, because the server knows who this is and logging in
        // again would not help. Otherwise call `next(request, context)` and return its response.
        throw ExerciseUnsolved("4.3")
    }
}
