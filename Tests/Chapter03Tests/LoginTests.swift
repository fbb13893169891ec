// POST /login in chapter 3: the OAuth2 password flow (RFC 6749 §4.3).
import JWTCore
import Testing
import WebSupport

@testable import Chapter03

@Suite("Chapter 3: POST /login")
struct LoginTests {
    static let john = "username=john_doe&password=correct-horse-battery-staple"

    @Test(
        "Good credentials get 200 with a bearer access token that is never cached",
        arguments: [
            john, john + "&grant_type=password", john + "&grant_type=&scope=", john + "&scope=read+write",
            "grant_type=password&username=jane_admin&password=tr0ub4dor%263-admin",
        ])
    func goodCredentialsGetToken(form: String) async throws {
        let answer = try await withChapter3 { try await $0.postForm("/login", form) }
        #expect(answer.status == .ok)
        #expect(answer.headers[.cacheControl] == "no-store")
        let token = try #require(answer.body.firstMatch(of: #/^\{"access_token":"([^"]+)","token_type":"bearer"\}$/#)?.1)
        let claims = try UnverifiedToken(insecurelyParsing: String(token)).claims
        #expect(claims["aud"] == "fastapi-style-dependencies")
        #expect(claims["exp"] == .integer(1_800_000_900))
    }

    @Test(
        "A wrong password and an unknown user get the same 401 with WWW-Authenticate: Bearer",
        arguments: ["username=john_doe&password=wrong", "username=nobody&password=wrong"])
    func badCredentialsGet401(form: String) async throws {
        let answer = try await withChapter3 { try await $0.postForm("/login", form) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"detail":"Incorrect username or password"}"#)
        #expect(answer.headers[.wwwAuthenticate] == "Bearer")
    }

    @Test(
        "Missing or empty fields get 422 with FastAPI's detail list",
        arguments: [
            ("username=john_doe", ["password"]), ("password=x", ["username"]), ("", ["username", "password"]),
            ("username=&password=", ["username", "password"]), ("scope=openid", ["username", "password"]),
        ])
    func missingFieldsGet422(form: String, missing: [String]) async throws {
        let answer = try await withChapter3 { try await $0.postForm("/login", form) }
        let entries = missing.map { #"{"input":null,"loc":["body","\#($0)"],"msg":"Field required","type":"missing"}"# }
        #expect(answer.status == .unprocessableContent)
        #expect(answer.body == #"{"detail":["# + entries.joined(separator: ",") + "]}")
    }

    @Test("A JSON body is not a form: 422 for both fields, as in FastAPI")
    func jsonBodyGets422() async throws {
        let answer = try await withChapter3 {
            try await $0.send(
                .post, "/login", headers: [.contentType: "application/json"],
                body: Array(#"{"username":"john_doe","password":"correct-horse-battery-staple"}"#.utf8))
        }
        #expect(answer.status == .unprocessableContent)
        #expect(answer.body.contains(#""loc":["body","username"]"#))
    }

    @Test("A grant_type other than password gets 422 (RFC 6749 §4.3.2)")
    func otherGrantTypeGets422() async throws {
        let answer = try await withChapter3 { try await $0.postForm("/login", Self.john + "&grant_type=client_credentials") }
        #expect(answer.status == .unprocessableContent)
        #expect(
            answer.body
                == #"{"detail":[{"input":null,"loc":["body","grant_type"],"msg":"Field 'grant_type' must be 'password'","type":"value_error"}]}"#
        )
    }

    @Test("A repeated field gets 422 (RFC 6749 §3.2)")
    func repeatedFieldGets422() async throws {
        let answer = try await withChapter3 { try await $0.postForm("/login", Self.john + "&password=other") }
        #expect(answer.status == .unprocessableContent)
        #expect(answer.body.contains(#""loc":["body","password"]"#))
    }

    @Test(
        "A body that cannot be parsed gets 400",
        arguments: [
            (
                Array("username=john_doe&password=100%".utf8),
                "The request body could not be read: a '%' is not followed by two hexadecimal digits"
            ),
            (Array("username=john_doe&password=%FF".utf8), "The request body is not valid UTF-8"),
            (Array("username=".utf8) + [0xC3, 0x28], "The request body is not valid UTF-8"),
        ])
    func unparsableBodyGets400(body: [UInt8], message: String) async throws {
        let answer = try await withChapter3 {
            try await $0.send(.post, "/login", headers: [.contentType: "application/x-www-form-urlencoded"], body: body)
        }
        #expect(answer.status == .badRequest)
        #expect(answer.body == #"{"detail":"\#(message)"}"#)
    }

    @Test("A body over 16 KiB gets 413")
    func oversizedBodyGets413() async throws {
        let answer = try await withChapter3 { try await $0.postForm("/login", Self.john + String(repeating: "a", count: 20_000)) }
        #expect(answer.status == .contentTooLarge)
        #expect(answer.body == #"{"detail":"The request body is larger than 16384 bytes"}"#)
    }

    @Test("An unknown route gets FastAPI's JSON 404")
    func unknownRouteGets404() async throws {
        let answer = try await withChapter3 { try await $0.send(.get, "/nowhere") }
        #expect(answer.status == .notFound)
        #expect(answer.body == #"{"detail":"Not Found"}"#)
    }
}
