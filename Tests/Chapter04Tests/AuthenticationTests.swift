// The authentication middleware: it verifies the token and leaves the user on the context.
import Foundation
import Hummingbird
import HummingbirdTesting
import JWTCore
import Testing
import WebSupport

@testable import Chapter04

@Suite("Chapter 4: the authentication middleware")
struct AuthenticationTests {
    @Test("A valid token opens GET /profile, which answers as in chapter 2")
    func validTokenGetsProfile() async throws {
        let token = try Fixture.token(for: DemoUser.jane.user)
        let answer = try await withChapter4 { try await $0.get("/profile", authorization: "Bearer \(token)") }
        #expect(answer.status == .ok)
        #expect(answer.body == #"{"user_id":2,"username":"jane_admin"}"#)
    }

    @Test("A token from POST /login opens GET /profile")
    func loginThenProfile() async throws {
        let answer = try await withChapter4 { client in
            let token = try await client.logIn()
            return try await client.get("/profile", authorization: "Bearer \(token)")
        }
        #expect(answer.body == #"{"user_id":1,"username":"john_doe"}"#)
    }

    @Test("An expired token gets 401 Token has expired")
    func expiredTokenIsRefused() async throws {
        let token = try Fixture.token(issuedAt: Fixture.now - 900)
        let answer = try await withChapter4 { try await $0.get("/profile", authorization: "Bearer \(token)") }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Token has expired"}"#)
        #expect(answer.headers[.wwwAuthenticate] == "Bearer")
    }

    @Test(
        "Every other bad Authorization header gets 401 Invalid token",
        arguments: ["Bearer-less", "Basic am9objpkb2U=", "Bearer ", "Bearer not.a.jwt", "Bearer abc def", "Bearer é"])
    func badHeaderIsRefused(header: String) async throws {
        let authorization = header == "Bearer-less" ? try Fixture.token() : header
        let answer = try await withChapter4 { try await $0.get("/profile", authorization: authorization) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Invalid token"}"#)
        #expect(answer.headers[.wwwAuthenticate] == "Bearer")
    }

    @Test("A token signed with another key, or meant for chapter 2, gets 401 Invalid token")
    func foreignTokensAreRefused() async throws {
        let forger = try AccessTokenService(key: JWTKey.generateSecret(), audience: "auth-middleware", lifetime: 900, now: { Fixture.now })
        let forged = try forger.issue(for: DemoUser.jane.user)
        let chapter2 = try Fixture.token(audience: "flask-style-login")
        let answers = try await withChapter4 { client in
            [
                try await client.get("/profile", authorization: "Bearer \(forged)"),
                try await client.get("/api/notes", authorization: "Bearer \(chapter2)"),
            ]
        }
        #expect(answers.map(\.body) == [#"{"error":"Invalid token"}"#, #"{"error":"Invalid token"}"#])
    }

    @Test("A genuine token whose user no longer exists gets 401 Invalid token")
    func unknownUserIsRefused() async throws {
        let token = try Fixture.token(for: User(id: 99, username: "deleted", role: .admin))
        let answer = try await withChapter4 { try await $0.get("/api/admin/users", authorization: "Bearer \(token)") }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Invalid token"}"#)
    }

    @Test("The handler gets the user from the context and never reads a header")
    func handlerReadsIdentityFromContext() async throws {
        let services = try await Fixture.services()
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: FlaskStyleErrorMiddleware())
        router.add(middleware: AuthenticationMiddleware(services: services))
        router.get("whoami") { _, context in try context.requireUser().username }
        let token = try Fixture.token(for: DemoUser.jane.user)
        let answer = try await Application(router: router).test(.router) { client in
            try await client.get("/whoami", authorization: "Bearer \(token)")
        }
        #expect(answer.body == "jane_admin")
    }

    @Test("A route left outside every gate fails closed: requireUser answers 401 Missing token")
    func routeWithoutGateFailsClosed() async throws {
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: FlaskStyleErrorMiddleware())
        router.get("whoami") { _, context in try context.requireUser().username }
        let token = try Fixture.token()
        let answer = try await Application(router: router).test(.router) { client in
            try await client.get("/whoami", authorization: "Bearer \(token)")
        }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Missing token"}"#)
    }
}
