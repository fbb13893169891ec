// Exercise 4.4: the learner's /api group, composed in chapter 4's real router from the chapter's own gate and role check.
import Exercises04
import Foundation
import Hummingbird
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter04

/// Chapter 4's parts, with the learner's composition of the /api group.
///
/// The chapter's router cannot throw while it is built, so an error from the learner's code
/// leaves the group out; the test `addingRoutesDoesNotThrow` reports the error itself.
private let parts = MiddlewareParts(addAPIRoutes: { router, gate, requireAdmin, notes, users in
    try? Exercises04.addAPIRoutes(to: router, gate: gate, requireAdmin: requireAdmin, notes: notes, users: users)
})

/// Sends a GET to `path` with `authorization`.
private func get(_ path: String, authorization: String?, parts: MiddlewareParts = parts) async throws -> Answer {
    try await AuthMiddlewareServer.test(parts: parts) { try await $0.get(path, authorization: authorization) }
}

/// Adds the learner's group to a router of its own, with the chapter's gate and role check.
private func addRoutesToNewRouter() async throws {
    let services = try await AuthMiddlewareServer.services()
    try Exercises04.addAPIRoutes(
        to: Router(context: AppRequestContext.self), gate: AuthenticationMiddleware(services: services),
        requireAdmin: RequireRoleMiddleware(.admin), notes: notes(in: .demo), users: { _, _ in [User]() })
}

/// Counts how often the gate authenticates a token.
private actor AuthenticationCount {
    private(set) var count = 0
    func add() { count += 1 }
}

@Suite("Exercise 4.4: Compose the /api group in the right order", .exercise("4.4") { try await addRoutesToNewRouter() })
struct Exercise4_4Tests {
    @Test("Adding the routes does not throw")
    func addingRoutesDoesNotThrow() async {
        await #expect(throws: Never.self, Hint.next(for: "4.4")) { try await addRoutesToNewRouter() }
    }

    @Test(
        "Every user reads their own notes at /api/notes",
        arguments: [(DemoUser.john.user, AuthMiddlewareServer.johnsNotes), (DemoUser.jane.user, AuthMiddlewareServer.janesNotes)])
    func notesForEveryUser(user: User, expected: String) async throws {
        let answer = try await get("/api/notes", authorization: try AuthMiddlewareServer.bearer(user))
        #expect(answer.status == .ok, Hint.next(for: "4.4"))
        #expect(answer.body == expected, Hint.next(for: "4.4"))
    }

    @Test("An admin reads the user list at /api/admin/users")
    func adminReadsUsers() async throws {
        let answer = try await get("/api/admin/users", authorization: try AuthMiddlewareServer.bearer(DemoUser.jane.user))
        #expect(answer.status == .ok, Hint.next(for: "4.4"))
        #expect(answer.body == AuthMiddlewareServer.users, Hint.next(for: "4.4"))
    }

    @Test("A user without the admin role gets 403 Forbidden from /api/admin/users")
    func userGets403() async throws {
        let answer = try await get("/api/admin/users", authorization: try AuthMiddlewareServer.bearer(DemoUser.john.user))
        #expect(answer.status == .forbidden, Hint.next(for: "4.4"))
        #expect(answer.body == #"{"error":"Forbidden"}"#, Hint.next(for: "4.4"))
    }

    @Test("Without a token every /api route gets 401 Missing token", arguments: ["/api/notes", "/api/admin/users"])
    func noTokenGets401(path: String) async throws {
        let answer = try await get(path, authorization: nil)
        #expect(answer.status == .unauthorized, Hint.next(for: "4.4"))
        #expect(answer.body == #"{"error":"Missing token"}"#, Hint.next(for: "4.4"))
    }

    @Test("Authentication runs before authorization: an admin's expired token gets 401 Token has expired")
    func authenticateBeforeAuthorize() async throws {
        let token = try AuthMiddlewareServer.token(for: DemoUser.jane.user, issuedAt: AuthMiddlewareServer.now - 900)
        let answer = try await get("/api/admin/users", authorization: "Bearer \(token)")
        #expect(answer.status == .unauthorized, Hint.next(for: "4.4"))
        #expect(answer.body == #"{"error":"Token has expired"}"#, Hint.next(for: "4.4"))
    }

    @Test("Each request is authenticated exactly once", arguments: [DemoUser.john.user, DemoUser.jane.user])
    func authenticatedOnce(user: User) async throws {
        let count = AuthenticationCount()
        var counting = parts
        counting.authenticate = { headers, services in
            await count.add()
            return try await Chapter04.authenticatedUser(in: headers, services: services)
        }
        let path = user.role == .admin ? "/api/admin/users" : "/api/notes"
        let answer = try await get(path, authorization: try AuthMiddlewareServer.bearer(user), parts: counting)
        #expect(answer.status == .ok, Hint.next(for: "4.4"))
        let authentications = await count.count
        #expect(authentications == 1, Hint.next(for: "4.4"))
    }

    @Test("The group's gate stays in the group: the public routes still need no token")
    func publicRoutesStayPublic() async throws {
        let (health, login) = try await AuthMiddlewareServer.test(parts: parts) { client in
            (try await client.get("/health", authorization: nil), try await client.postJSON("/login", AuthMiddlewareServer.johnsLogin))
        }
        #expect(health.status == .ok, Hint.next(for: "4.4"))
        #expect(login.status == .ok, Hint.next(for: "4.4"))
    }
}
