// Exercise 3.1: the learner's form reader behind chapter 3's real POST /login.
import Exercises03
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter03

/// Chapter 3's parts, with the learner's form reader in the login route.
private let parts = FastAPIStyleParts(readForm: { try Exercises03.readPasswordForm($0) })

/// Posts `form` to the login route.
private func login(_ form: String) async throws -> Answer {
    try await FastAPIStyleServer.test(parts: parts) { try await $0.postForm("/login", form) }
}

/// The 422 body FastAPI gives for `fields` missing.
private func missingBody(_ fields: [String]) -> String {
    let entries = fields.map { #"{"input":null,"loc":["body","\#($0)"],"msg":"Field required","type":"missing"}"# }
    return #"{"detail":["# + entries.joined(separator: ",") + "]}"
}

@Suite(
    "Exercise 3.1: Read the OAuth2 password form",
    .exercise("3.1") { _ = try Exercises03.readPasswordForm(FormFields(parsing: Array("username=a&password=b".utf8))) })
struct Exercise3_1Tests {
    @Test(
        "A complete form logs in, with or without grant_type=password and scope",
        arguments: [
            "username=john_doe&password=correct-horse-battery-staple",
            "grant_type=password&username=john_doe&password=correct-horse-battery-staple",
            "username=john_doe&password=correct-horse-battery-staple&grant_type=&scope=",
            "username=john_doe&password=correct-horse-battery-staple&scope=read+write",
            "grant_type=password&username=jane_admin&password=tr0ub4dor%263-admin",
        ])
    func completeForm(form: String) async throws {
        let answer = try await login(form)
        #expect(answer.status == .ok, Hint.next(for: "3.1"))
        let bearerToken = answer.body.contains(#/^\{"access_token":"[^"]+","token_type":"bearer"\}$/#)
        #expect(bearerToken, Hint.next(for: "3.1"))
    }

    @Test("The fields reach the password check: a wrong password gets 401, not 422")
    func wrongPassword() async throws {
        let answer = try await login("username=john_doe&password=correct-horse-battery-stapler")
        #expect(answer.status == .unauthorized, Hint.next(for: "3.1"))
        #expect(answer.body == #"{"detail":"Incorrect username or password"}"#, Hint.next(for: "3.1"))
    }

    @Test(
        "Missing or empty fields get 422, naming each one, username first",
        arguments: [
            ("username=john_doe", ["password"]),
            ("password=x", ["username"]),
            ("", ["username", "password"]),
            ("scope=openid&grant_type=password", ["username", "password"]),
            ("username=&password=x", ["username"]),
            ("username=&password=", ["username", "password"]),
            ("password=&username=john_doe", ["password"]),
        ])
    func missingFields(form: String, missing: [String]) async throws {
        let answer = try await login(form)
        #expect(answer.status == .unprocessableContent, Hint.next(for: "3.1"))
        #expect(answer.body == missingBody(missing), Hint.next(for: "3.1"))
    }

    @Test(
        "A grant_type other than password gets 422 (RFC 6749 §4.3.2)",
        arguments: ["client_credentials", "Password", "authorization_code", "password "])
    func otherGrantType(grantType: String) async throws {
        let form =
            "username=john_doe&password=correct-horse-battery-staple&grant_type=" + grantType.replacingOccurrences(of: " ", with: "+")
        let answer = try await login(form)
        #expect(answer.status == .unprocessableContent, Hint.next(for: "3.1"))
        let expected =
            #"{"detail":[{"input":null,"loc":["body","grant_type"],"msg":"Field 'grant_type' must be 'password'","type":"value_error"}]}"#
        #expect(answer.body == expected, Hint.next(for: "3.1"))
    }
}
