// The /api route group: its own gate, and the role middleware composed after it.
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WebSupport

@testable import Chapter04

@Suite("Chapter 4: the /api group and the role middleware")
struct APIGroupTests {
    static let usersJSON = #"[{"id":1,"role":"user","username":"john_doe"},{"id":2,"role":"admin","username":"jane_admin"}]"#

    @Test(
        "GET /api/notes answers with the notes of the token's user, and nobody else's",
        arguments: [
            (DemoUser.john, #"[{"id":1,"text":"Send the token after 'Bearer '."},{"id":2,"text":"Log in again when it expires."}]"#),
            (DemoUser.jane, #"[{"id":3,"text":"Keep the public list short."},{"id":4,"text":"Rotate JWT_SECRET."}]"#),
        ])
    func notesOfTheUser(demo: DemoUser, expected: String) async throws {
        let token = try Fixture.token(for: demo.user)
        let answer = try await withChapter4 { try await $0.get("/api/notes", authorization: "Bearer \(token)") }
        #expect(answer.status == .ok)
        #expect(answer.body == expected)
    }

    @Test("A user without notes gets an empty list")
    func userWithoutNotes() {
        let notes = Notebook(notesByUser: [:]).notes(of: DemoUser.john.user)
        #expect(notes.isEmpty)
    }

    @Test("An admin gets 200 and every user from GET /api/admin/users")
    func adminListsUsers() async throws {
        let token = try Fixture.token(for: DemoUser.jane.user)
        let answer = try await withChapter4 { try await $0.get("/api/admin/users", authorization: "Bearer \(token)") }
        #expect(answer.status == .ok)
        #expect(answer.body == Self.usersJSON)
    }

    @Test("A valid user without the admin role gets 403 Forbidden, with no WWW-Authenticate")
    func nonAdminGets403() async throws {
        let token = try Fixture.token(for: DemoUser.john.user)
        let answer = try await withChapter4 { try await $0.get("/api/admin/users", authorization: "Bearer \(token)") }
        #expect(answer.status == .forbidden)
        #expect(answer.body == #"{"error":"Forbidden"}"#)
        #expect(answer.headers[.wwwAuthenticate] == nil)
    }

    @Test("Authentication runs before authorization: an expired token on the admin route gets 401, not 403")
    func authenticateRunsFirst() async throws {
        let token = try Fixture.token(for: DemoUser.john.user, issuedAt: Fixture.now - 900)
        let answer = try await withChapter4 { try await $0.get("/api/admin/users", authorization: "Bearer \(token)") }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Token has expired"}"#)
    }

    @Test("The role middleware put before the gate fails closed: even an admin gets 401")
    func roleBeforeGateFailsClosed() async throws {
        let services = try await Fixture.services()
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: FlaskStyleErrorMiddleware())
        router.group("admin")
            .add(middleware: RequireRoleMiddleware(.admin))
            .add(middleware: AuthenticationMiddleware(services: services))
            .get("users") { _, _ in "the user list" }
        let token = try Fixture.token(for: DemoUser.jane.user)
        let answer = try await Application(router: router).test(.router) { client in
            try await client.get("/admin/users", authorization: "Bearer \(token)")
        }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Missing token"}"#)
    }

    @Test("The same middleware on a group guards only that group: routes outside it stay open")
    func groupGateGuardsOnlyItsGroup() async throws {
        let services = try await Fixture.services()
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: FlaskStyleErrorMiddleware())
        router.get("about") { _, _ in "public" }
        router.group("api").add(middleware: AuthenticationMiddleware(services: services)).get("secret") { _, _ in "secret" }
        let (about, secret) = try await Application(router: router).test(.router) { client in
            (try await client.get("/about", authorization: nil), try await client.get("/api/secret", authorization: nil))
        }
        #expect(about.body == "public")
        #expect(secret.status == .unauthorized)
    }

    @Test("requireUser and the role check never look at a header: the context is all they read")
    func roleMiddlewareReadsContext() async throws {
        let services = try await Fixture.services()
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: FlaskStyleErrorMiddleware())
        router.group("admin")
            .add(middleware: AuthenticationMiddleware(services: services))
            .add(middleware: RequireRoleMiddleware(.admin))
            .get("me") { _, context in try context.requireUser().username }
        let (jane, john) = (try Fixture.token(for: DemoUser.jane.user), try Fixture.token(for: DemoUser.john.user))
        let answers = try await Application(router: router).test(.router) { client in
            [
                try await client.get("/admin/me", authorization: "Bearer \(jane)"),
                try await client.get("/admin/me", authorization: "Bearer \(john)"),
            ]
        }
        #expect(answers.map(\.body) == ["jane_admin", #"{"error":"Forbidden"}"#])
    }
}
