// Exercise 2.3: the learner's answers, sent by chapter 2's own error middleware to real requests.
import Exercises02
import Foundation
import JWTCore
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter02

/// Chapter 2's parts, with the learner's answers in the error middleware.
private let parts = FlaskStyleParts(answer: { try Exercises02.flaskStyleAnswer(for: $0) })

@Suite("Exercise 2.3: Answer every failure as Flask does", .exercise("2.3") { _ = try Exercises02.flaskStyleAnswer(for: .missingToken) })
struct Exercise2_3Tests {
    @Test(
        "Token failures get the decorator's three 401 answers",
        arguments: [
            ("none", #"{"error":"Missing token"}"#),
            ("expired", #"{"error":"Token has expired"}"#),
            ("Basic am9objpkb2U=", #"{"error":"Invalid token"}"#),
            ("Bearer ", #"{"error":"Invalid token"}"#),
            ("Bearer not.a.jwt", #"{"error":"Invalid token"}"#),
            ("Bearer " + String(repeating: "x", count: 5000), #"{"error":"Invalid token"}"#),
            ("forged", #"{"error":"Invalid token"}"#),
        ])
    func tokenFailures(authorization: String, expected: String) async throws {
        let header: String?
        switch authorization {
        case "none": header = nil
        case "expired": header = "Bearer " + (try FlaskStyleServer.token(issuedAt: FlaskStyleServer.now - 900))
        case "forged": header = "Bearer " + (try FlaskStyleServer.token(key: JWTKey.generateSecret()))
        default: header = authorization
        }
        let answer = try await FlaskStyleServer.test(parts: parts) { try await $0.get("/profile", authorization: header) }
        #expect(answer.status == .unauthorized, Hint.next(for: "2.3"))
        #expect(answer.body == expected, Hint.next(for: "2.3"))
    }

    @Test(
        "A wrong password and an unknown user get the same 401",
        arguments: [#"{"username":"john_doe","password":"guess"}"#, #"{"username":"nobody","password":"guess"}"#])
    func failedLogin(body: String) async throws {
        let answer = try await FlaskStyleServer.test(parts: parts) { try await $0.postJSON("/login", body) }
        #expect(answer.status == .unauthorized, Hint.next(for: "2.3"))
        #expect(answer.body == #"{"error":"Invalid username or password"}"#, Hint.next(for: "2.3"))
    }

    @Test(
        "A bad login body gets 400 with the error's own message",
        arguments: [
            ("username=john_doe", #"{"error":"The request body could not be read: it is not valid JSON"}"#),
            (#"{"username":"john_doe"}"#, #"{"error":"Missing field 'password'"}"#),
            (#"{"username":42,"password":"x"}"#, #"{"error":"Field 'username' has the wrong type"}"#),
        ])
    func badBody(body: String, expected: String) async throws {
        let answer = try await FlaskStyleServer.test(parts: parts) { try await $0.postJSON("/login", body) }
        #expect(answer.status == .badRequest, Hint.next(for: "2.3"))
        #expect(answer.body == expected, Hint.next(for: "2.3"))
    }

    @Test("A login not sent as JSON gets 415 with the error's own message")
    func notJSON() async throws {
        let answer = try await FlaskStyleServer.test(parts: parts) {
            try await $0.send(.post, "/login", headers: [.contentType: "text/plain"], body: Array(#"{"username":"john_doe"}"#.utf8))
        }
        #expect(answer.status == .unsupportedMediaType, Hint.next(for: "2.3"))
        let expected = #"{"error":"The request body must be JSON, sent with Content-Type: application/json"}"#
        #expect(answer.body == expected, Hint.next(for: "2.3"))
    }

    @Test("A body over the limit gets 413 with the error's own message")
    func bodyTooLarge() async throws {
        let body = #"{"username":"john_doe","password":""# + String(repeating: "a", count: 20_000) + #""}"#
        let answer = try await FlaskStyleServer.test(parts: parts) { try await $0.postJSON("/login", body) }
        #expect(answer.status == .contentTooLarge, Hint.next(for: "2.3"))
        #expect(answer.body == #"{"error":"The request body is larger than 16384 bytes"}"#, Hint.next(for: "2.3"))
    }

    @Test("A missing permission is 403 Forbidden, as Flask's abort(403) says it")
    func notEnoughPermissions() throws {
        // No route of chapter 2 needs a role, so the answer is checked directly.
        let answer = try attempt("2.3") { try Exercises02.flaskStyleAnswer(for: .notEnoughPermissions) }
        #expect(answer.status == .forbidden, Hint.next(for: "2.3"))
        #expect(answer.message == "Forbidden", Hint.next(for: "2.3"))
    }

    @Test("A bad configuration is the server's fault: 500, without its detail")
    func invalidConfiguration() throws {
        let answer = try attempt("2.3") { try Exercises02.flaskStyleAnswer(for: .invalidConfiguration("JWT_SECRET is 5 bytes long")) }
        #expect(answer.status == .internalServerError, Hint.next(for: "2.3"))
        #expect(answer.message == "Internal server error", Hint.next(for: "2.3"))
    }
}
