// Exercise 4.1: the learner's public-route check, asked by chapter 4's real global gate.
import Exercises04
import Hummingbird
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter04

/// Chapter 4's parts, with the learner's public-route check in the global gate.
private let parts = MiddlewareParts(isPublic: { try Exercises04.isPublicRoute($0, path: $1, endpointPath: $2) })

/// Sends `method` to `path` without a token, with `body` as JSON when there is one.
private func send(_ method: HTTPRequest.Method, _ path: String, json body: String? = nil) async throws -> Answer {
    try await AuthMiddlewareServer.test(parts: parts) { client in
        guard let body else { return try await client.send(method, path) }
        return try await client.send(method, path, headers: [.contentType: "application/json"], body: Array(body.utf8))
    }
}

@Suite(
    "Exercise 4.1: Decide which routes are public",
    .exercise("4.1") { _ = try Exercises04.isPublicRoute(.post, path: "/login", endpointPath: "/login") })
struct Exercise4_1Tests {
    @Test(
        "POST /login needs no token, however the router's path is spelled, unlike behind the article's hook",
        arguments: ["/login", "/login/", "//login"])
    func loginIsPublic(path: String) async throws {
        let answer = try await send(.post, path, json: AuthMiddlewareServer.johnsLogin)
        #expect(answer.status == .ok, Hint.next(for: "4.1"))
        #expect(answer.body.hasPrefix(#"{"token":"eyJ"#), Hint.next(for: "4.1"))
    }

    @Test("GET /health needs no token")
    func healthIsPublic() async throws {
        let answer = try await send(.get, "/health")
        #expect(answer.status == .ok, Hint.next(for: "4.1"))
        #expect(answer.body == #"{"status":"ok"}"#, Hint.next(for: "4.1"))
    }

    @Test(
        "Every other request without a token gets 401 Missing token, a path with no route included",
        arguments: [
            (HTTPRequest.Method.get, "/profile"),
            (.get, "/login"),  // The right path with the wrong method.
            (.delete, "/login"),
            (.post, "/health"),
            (.get, "/nowhere"),  // No route: 401, not 404.
            (.get, "/healthz"),  // Starts like a public path, but has no route.
            (.post, "/login/admin"),
            (.get, "/health/../profile"),
        ])
    func everythingElseNeedsToken(method: HTTPRequest.Method, path: String) async throws {
        let answer = try await send(method, path)
        #expect(answer.status == .unauthorized, Hint.next(for: "4.1"))
        #expect(answer.body == #"{"error":"Missing token"}"#, Hint.next(for: "4.1"))
    }

    @Test(
        "A public route is a method and a route together, even where the router has both methods",
        arguments: [(HTTPRequest.Method.get, "/login"), (.post, "/health"), (.delete, "/login")])
    func methodMatters(method: HTTPRequest.Method, endpointPath: String) throws {
        // The chapter's router has no GET /login, so it never resolves one; a router with a login
        // page would, and the page would need no exemption.
        let isPublic = try attempt("4.1") { try Exercises04.isPublicRoute(method, path: endpointPath, endpointPath: endpointPath) }
        #expect(!isPublic, Hint.next(for: "4.1"))
    }

    @Test("A guarded route still opens with a valid token")
    func guardedRouteOpensWithToken() async throws {
        let authorization = try AuthMiddlewareServer.bearer(DemoUser.john.user)
        let answer = try await AuthMiddlewareServer.test(parts: parts) { try await $0.get("/profile", authorization: authorization) }
        #expect(answer.status == .ok, Hint.next(for: "4.1"))
        #expect(answer.body == AuthMiddlewareServer.johnsProfile, Hint.next(for: "4.1"))
    }
}
