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
        // No user means no gate ran first: refuse with 401 rather than run without one.
        guard let user = context.identity else { throw WebError.missingToken }
        // A known user without the role: 403, since logging in again would not help.
        guard user.role == role else { throw WebError.notEnoughPermissions }
        return try await next(request, context)
    }
}
