// GET /admin/users: the requireAdmin dependency built on the current user.
import Testing
import WebSupport

@testable import Chapter03

@Suite("Chapter 3: GET /admin/users")
struct AdminTests {
    @Test("An admin gets 200 with every user")
    func adminGetsUsers() async throws {
        let token = try Fixture.token(for: DemoUser.jane.user)
        let answer = try await withChapter3 { try await $0.get("/admin/users", authorization: "Bearer \(token)") }
        #expect(answer.status == .ok)
        #expect(
            answer.body == #"[{"id":1,"role":"user","username":"john_doe"},{"id":2,"role":"admin","username":"jane_admin"}]"#)
    }

    @Test("A non-admin gets 403 Not enough permissions")
    func nonAdminGets403() async throws {
        let token = try Fixture.token(for: DemoUser.john.user)
        let answer = try await withChapter3 { try await $0.get("/admin/users", authorization: "Bearer \(token)") }
        #expect(answer.status == .forbidden)
        #expect(answer.body == #"{"detail":"Not enough permissions"}"#)
    }

    @Test("Without a token the first dependency answers first: 401 Not authenticated")
    func noTokenGets401() async throws {
        let answer = try await withChapter3 { try await $0.get("/admin/users", authorization: nil) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"detail":"Not authenticated"}"#)
    }

    @Test("requireAdmin returns an admin and refuses a user")
    func requireAdminFunction() throws {
        let admin = try requireAdmin(DemoUser.jane.user)
        #expect(admin == DemoUser.jane.user)
        #expect(throws: WebError.notEnoughPermissions) { try requireAdmin(DemoUser.john.user) }
    }
}
