// Exercise 3.3: the learner's requireAdmin, run by chapter 3's AdminContext for GET /admin/users.
import Exercises03
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter03

/// Chapter 3's parts, with the learner's admin check in the admin routes' context.
private let parts = FastAPIStyleParts(requireAdmin: { try Exercises03.requireAdmin($0) })

/// Sends a GET to `path` with a token for `user`, or with no token.
private func get(_ path: String, as user: User?) async throws -> Answer {
    let authorization = try user.map { "Bearer " + (try FastAPIStyleServer.token(for: $0)) }
    return try await FastAPIStyleServer.test(parts: parts) { try await $0.get(path, authorization: authorization) }
}

@Suite("Exercise 3.3: Require an admin", .exercise("3.3") { _ = try Exercises03.requireAdmin(DemoUser.jane.user) })
struct Exercise3_3Tests {
    @Test("An admin gets the list of every user")
    func adminGetsUsers() async throws {
        let answer = try await get("/admin/users", as: DemoUser.jane.user)
        #expect(answer.status == .ok, Hint.next(for: "3.3"))
        #expect(answer.body == "[\(FastAPIStyleServer.johnJSON),\(FastAPIStyleServer.janeJSON)]", Hint.next(for: "3.3"))
    }

    @Test("A user who is not an admin gets 403 Not enough permissions, with no challenge")
    func userGets403() async throws {
        let answer = try await get("/admin/users", as: DemoUser.john.user)
        #expect(answer.status == .forbidden, Hint.next(for: "3.3"))
        #expect(answer.body == #"{"detail":"Not enough permissions"}"#, Hint.next(for: "3.3"))
        #expect(answer.headers[.wwwAuthenticate] == nil, Hint.next(for: "3.3"))
    }

    @Test("Without a token the current-user dependency answers first: 401 Not authenticated")
    func noTokenGets401() async throws {
        let answer = try await get("/admin/users", as: nil)
        #expect(answer.status == .unauthorized, Hint.next(for: "3.3"))
        #expect(answer.body == #"{"detail":"Not authenticated"}"#, Hint.next(for: "3.3"))
    }

    @Test("The admin check guards only the admin routes: anyone logged in reads /users/me")
    func usersMeIsNotGuarded() async throws {
        let answer = try await get("/users/me", as: DemoUser.john.user)
        #expect(answer.status == .ok, Hint.next(for: "3.3"))
        #expect(answer.body == FastAPIStyleServer.johnJSON, Hint.next(for: "3.3"))
    }
}
