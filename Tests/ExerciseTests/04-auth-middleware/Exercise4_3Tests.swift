// Exercise 4.3: the learner's role middleware, guarding chapter 4's real /api/admin group.
import Exercises04
import Hummingbird
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter04

/// Chapter 4's parts, with the learner's middleware as the admin group's role check.
private let parts = MiddlewareParts(requireRole: { Exercises04.RequireRole<AppRequestContext>($0) })

/// Sends a GET to `path` as `user`, with a valid token, or with none when `user` is `nil`.
private func get(_ path: String, as user: User?, parts: MiddlewareParts = parts) async throws -> Answer {
    let authorization = try user.map { try AuthMiddlewareServer.bearer($0) }
    return try await AuthMiddlewareServer.test(parts: parts) { try await $0.get(path, authorization: authorization) }
}

/// Sends an admin's request through the learner's middleware, and throws the `ExerciseUnsolved`
/// it throws, which the chapter's error middleware would answer as a 500.
@Sendable private func probe() async throws {
    let watch = UnsolvedWatch()
    let watched = MiddlewareParts(requireRole: { WatchedMiddleware(watched: Exercises04.RequireRole<AppRequestContext>($0), watch: watch) })
    _ = try await get("/api/admin/users", as: DemoUser.jane.user, parts: watched)
    try await watch.check()
}

@Suite("Exercise 4.3: Require a role in a middleware", .exercise("4.3") { try await probe() })
struct Exercise4_3Tests {
    @Test("An admin gets through to the user list")
    func adminGetsThrough() async throws {
        let answer = try await get("/api/admin/users", as: DemoUser.jane.user)
        #expect(answer.status == .ok, Hint.next(for: "4.3"))
        #expect(answer.body == AuthMiddlewareServer.users, Hint.next(for: "4.3"))
    }

    @Test("A valid user without the role gets 403 Forbidden, with no WWW-Authenticate challenge")
    func userWithoutRoleGets403() async throws {
        let answer = try await get("/api/admin/users", as: DemoUser.john.user)
        #expect(answer.status == .forbidden, Hint.next(for: "4.3"))
        #expect(answer.body == #"{"error":"Forbidden"}"#, Hint.next(for: "4.3"))
        #expect(answer.headers[.wwwAuthenticate] == nil, Hint.next(for: "4.3"))
    }

    @Test("It checks the role it is given: a check for .user lets john_doe in and keeps jane_admin out")
    func checksItsOwnRole() async throws {
        let userOnly = MiddlewareParts(requireRole: { _ in Exercises04.RequireRole<AppRequestContext>(.user) })
        let john = try await get("/api/admin/users", as: DemoUser.john.user, parts: userOnly)
        let jane = try await get("/api/admin/users", as: DemoUser.jane.user, parts: userOnly)
        #expect(john.status == .ok, Hint.next(for: "4.3"))
        #expect(jane.status == .forbidden, Hint.next(for: "4.3"))
    }

    @Test("Put in front of the gate, it finds no user and fails closed: even an admin gets 401 Missing token")
    func failsClosedWithoutUser() async throws {
        // The users route behind the learner's role check alone; this handler does not ask for a user.
        var roleCheckOnly = parts
        roleCheckOnly.addAPIRoutes = { router, _, requireAdmin, _, users in
            router.group("api").add(middleware: requireAdmin).get("users", use: users)
        }
        let answer = try await get("/api/users", as: DemoUser.jane.user, parts: roleCheckOnly)
        #expect(answer.status == .unauthorized, Hint.next(for: "4.3"))
        #expect(answer.body == #"{"error":"Missing token"}"#, Hint.next(for: "4.3"))
    }
}
