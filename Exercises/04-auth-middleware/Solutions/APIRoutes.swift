// Exercise 4.4: compose chapter 4's /api group: the gate, then the role check, then the handlers.
import ExerciseSupport
import Hummingbird

/// Adds the `/api` group to `router`: `GET /api/notes` behind `gate`, and
/// `GET /api/admin/users` behind `gate` and then `requireAdmin`.
///
/// ```swift
/// try addAPIRoutes(to: router, gate: gate, requireAdmin: RequireRoleMiddleware(.admin), notes: notes, users: users)
/// ```
public func addAPIRoutes<Context: RequestContext, Notes: ResponseGenerator, Users: ResponseGenerator>(
    to router: Router<Context>, gate: any MiddlewareProtocol<Request, Response, Context>,
    requireAdmin: any MiddlewareProtocol<Request, Response, Context>,
    notes: @escaping @Sendable (Request, Context) async throws -> Notes,
    users: @escaping @Sendable (Request, Context) async throws -> Users
) throws {
    // Authenticate: every route of the group, and of its subgroups, runs behind the gate.
    let api = router.group("api").add(middleware: gate)
    api.get("notes", use: notes)

    // Authorize: the admin subgroup keeps the gate and adds the role check after it.
    api.group("admin")
        .add(middleware: requireAdmin)
        .get("users", use: users)
}
