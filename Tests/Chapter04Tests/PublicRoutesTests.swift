// The global gate's public-route list: /login and /health are open, everything else needs a token.
import Hummingbird
import Testing
import WebSupport

@testable import Chapter04

@Suite("Chapter 4: the public-route list")
struct PublicRoutesTests {
    @Test("POST /login is reachable without a token, unlike behind the article's before_request hook")
    func loginIsReachableWithoutToken() async throws {
        let answer = try await withChapter4 { try await $0.postJSON("/login", Fixture.loginBody()) }
        #expect(answer.status == .ok)
        #expect(answer.headers[.cacheControl] == "no-store")
        #expect(answer.body.hasPrefix(#"{"token":"eyJ"#))
    }

    @Test("With no public routes, as the article's hook had, nobody can log in")
    func articleHookLocksEveryoneOut() async throws {
        let services = try await Fixture.services()
        let app = Application(
            router: buildRouter(services: services, parts: MiddlewareParts(isPublic: PublicRoutes.none.check)), logger: Fixture.quiet.logger
        )
        let (login, health) = try await app.test(.router) { client in
            (try await client.postJSON("/login", Fixture.loginBody()), try await client.get("/health", authorization: nil))
        }
        #expect(login.status == .unauthorized)
        #expect(login.body == #"{"error":"Missing token"}"#)
        #expect(health.status == .unauthorized)
    }

    @Test("A public route ignores the Authorization header, even a bad one")
    func loginIgnoresBadAuthorization() async throws {
        let answer = try await withChapter4 {
            try await $0.postJSON("/login", Fixture.loginBody(), headers: [.authorization: "Bearer not-a-jwt"])
        }
        #expect(answer.status == .ok)
    }

    @Test("POST /login answers as chapter 2's: a wrong password gets 401 Invalid username or password")
    func loginRefusesWrongPassword() async throws {
        let answer = try await withChapter4 { try await $0.postJSON("/login", #"{"username":"john_doe","password":"x"}"#) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Invalid username or password"}"#)
        #expect(answer.headers[.wwwAuthenticate] == "Bearer")
    }

    @Test("POST /login answers a bad body with 400, as chapter 2's")
    func loginRefusesBadBody() async throws {
        let answer = try await withChapter4 { try await $0.postJSON("/login", #"{"username":"john_doe"}"#) }
        #expect(answer.status == .badRequest)
        #expect(answer.body == #"{"error":"Missing field 'password'"}"#)
    }

    @Test("GET /health is reachable without a token")
    func healthIsPublic() async throws {
        let answer = try await withChapter4 { try await $0.get("/health", authorization: nil) }
        #expect(answer.status == .ok)
        #expect(answer.body == #"{"status":"ok"}"#)
    }

    @Test(
        "Every other request without a token gets 401 Missing token, with WWW-Authenticate: Bearer",
        arguments: [
            (HTTPRequest.Method.get, "/profile"), (.get, "/api/notes"), (.get, "/api/admin/users"),
            (.get, "/nowhere"), (.get, "/api/nowhere"), (.get, "/login"), (.post, "/health"),
            (.post, "/profile"), (.delete, "/login"), (.post, "/LOGIN"),
        ])
    func everythingElseIsGuarded(method: HTTPRequest.Method, path: String) async throws {
        let answer = try await withChapter4 { try await $0.send(method, path) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Missing token"}"#)
        #expect(answer.headers[.wwwAuthenticate] == "Bearer")
    }

    @Test("The list matches the route the router resolved, so /login/ is the same public route")
    func publicRouteMatchesResolvedRoute() async throws {
        let answer = try await withChapter4 { try await $0.postJSON("/login/", Fixture.loginBody()) }
        #expect(answer.status == .ok)
    }

    @Test("With a valid token, a path with no route gets 404; without one it got 401, revealing nothing")
    func unknownRouteWithTokenGets404() async throws {
        let token = try Fixture.token()
        let answer = try await withChapter4 { try await $0.get("/nowhere", authorization: "Bearer \(token)") }
        #expect(answer.status == .notFound)
        #expect(answer.body == #"{"error":"Not Found"}"#)
    }

    @Test("The list holds exactly POST /login and GET /health, and needs both the method and the route")
    func listMatchesMethodAndRoute() {
        let list = PublicRoutes.chapter4
        #expect(list.routes == [PublicRoute(.post, "/login"), PublicRoute(.get, "/health")])
        #expect(list.contains(.post, endpointPath: "/login"))
        #expect(!list.contains(.get, endpointPath: "/login"))
        #expect(!list.contains(.get, endpointPath: "/profile"))
        #expect(!list.contains(.get, endpointPath: nil))
        #expect(!PublicRoutes.none.contains(.post, endpointPath: "/login"))
    }

    @Test("The gate's default check is this list, and it reads the resolved route, never the path the client sent")
    func defaultCheckIgnoresClientPath() throws {
        let check = MiddlewareParts().isPublic
        #expect(try check(.post, "//login", "/login"))
        #expect(try !check(.get, "/health", nil))
        #expect(try !check(.post, "/login", "/profile"))
    }
}
