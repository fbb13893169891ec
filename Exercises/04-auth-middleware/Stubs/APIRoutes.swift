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
    // TODO: Build the /api route group, Flask's blueprint with its own before_request hook. In
    // Hummingbird a route is wrapped in the middleware added before it, to its own group or to
    // a group above, in the order added, so the order of your lines is the order in which a
    // request meets them: log and errors (the chapter adds those), then authenticate, then
    // authorize, then the handler. Make the group with `router.group("api")` and add `gate`
    // to it, once; then add `GET notes` with the `notes` handler. Inside the api group make an
    // "admin" group, add `requireAdmin` to it, then `GET users` with the `users` handler. The
    // role check reads the user that the gate leaves on the context, so it must come after the
    // gate: put it first and even an admin is refused. It belongs on the admin group only, so
    // every user can still read their own notes. The chapter adds this group before its global
    // gate, so the gate you add is the only one these routes pass: add it again on the admin
    // group and each request is authenticated twice.
    throw ExerciseUnsolved("4.4")
}
