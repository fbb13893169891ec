// POST /login in chapter 2: JSON in, {"token"} out.
import JWTCore
import Testing
import WebSupport

@testable import Chapter02

@Suite("Chapter 2: POST /login")
struct LoginTests {
    static let john = #"{"username":"john_doe","password":"correct-horse-battery-staple"}"#

    @Test("Good credentials get 200 and a token that verifies, is not cached, and expires")
    func goodCredentialsGetToken() async throws {
        let answer = try await withChapter2 { try await $0.postJSON("/login", Self.john) }
        #expect(answer.status == .ok)
        #expect(answer.headers[.cacheControl] == "no-store")
        #expect(answer.headers[.contentType]?.hasPrefix("application/json") == true)
        let token = try #require(answer.body.firstMatch(of: #/^\{"token":"([^"]+)"\}$/#)?.1)
        let claims = try UnverifiedToken(insecurelyParsing: String(token)).claims
        #expect(claims["sub"] == "1")
        #expect(claims["username"] == "john_doe")
        #expect(claims["exp"] == .integer(1_800_000_900))
        #expect(claims["aud"] == "flask-style-login")
    }

    @Test(
        "A wrong password and an unknown user get the same 401",
        arguments: [
            #"{"username":"john_doe","password":"wrong"}"#, #"{"username":"nobody","password":"wrong"}"#,
            #"{"username":"","password":""}"#,
        ])
    func badCredentialsGet401(body: String) async throws {
        let answer = try await withChapter2 { try await $0.postJSON("/login", body) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Invalid username or password"}"#)
        #expect(answer.headers[.wwwAuthenticate] == "Bearer")
    }

    @Test(
        "A bad body gets 400 with a message that names the problem",
        arguments: [
            ("", #"{"error":"The request body could not be read: the body is empty; send a JSON object"}"#),
            ("username=john_doe", #"{"error":"The request body could not be read: it is not valid JSON"}"#),
            ("[]", #"{"error":"The request body could not be read: expected a JSON object"}"#),
            (#"{"username":"john_doe"}"#, #"{"error":"Missing field 'password'"}"#),
            (#"{"password":"x"}"#, #"{"error":"Missing field 'username'"}"#),
            (#"{"username":42,"password":"x"}"#, #"{"error":"Field 'username' has the wrong type"}"#),
        ])
    func badBodyGets400(body: String, expected: String) async throws {
        let answer = try await withChapter2 { try await $0.postJSON("/login", body) }
        #expect(answer.status == .badRequest)
        #expect(answer.body == expected)
    }

    @Test("Bytes that are not UTF-8 get 400")
    func nonUTF8Gets400() async throws {
        let bytes: [UInt8] = Array(#"{"username":""#.utf8) + [0xFF, 0xFE] + Array(#"","password":"x"}"#.utf8)
        let answer = try await withChapter2 { try await $0.send(.post, "/login", headers: [.contentType: "application/json"], body: bytes) }
        #expect(answer.status == .badRequest)
        #expect(answer.body == #"{"error":"The request body is not valid UTF-8"}"#)
    }

    @Test("A good login sent as a form, as text or with no Content-Type gets 415 naming the JSON type")
    func loginMustBeJSON() async throws {
        let body = Array(#"{"username":"john_doe","password":"correct-horse-battery-staple"}"#.utf8)
        let answers = try await withChapter2 { client in
            [
                try await client.send(.post, "/login", headers: [.contentType: "application/x-www-form-urlencoded"], body: body),
                try await client.send(.post, "/login", headers: [.contentType: "text/plain"], body: body),
                try await client.send(.post, "/login", body: body),
            ]
        }
        for answer in answers {
            #expect(answer.status == .unsupportedMediaType)
            #expect(answer.body == #"{"error":"The request body must be JSON, sent with Content-Type: application/json"}"#)
        }
    }

    @Test("A body over 16 KiB gets 413, not a crash")
    func oversizedBodyGets413() async throws {
        let body = #"{"username":"john_doe","password":""# + String(repeating: "a", count: 20_000) + #""}"#
        let answer = try await withChapter2 { try await $0.postJSON("/login", body) }
        #expect(answer.status == .contentTooLarge)
        #expect(answer.body == #"{"error":"The request body is larger than 16384 bytes"}"#)
    }

    @Test("An unknown route gets a JSON 404")
    func unknownRouteGets404() async throws {
        let answer = try await withChapter2 { try await $0.send(.get, "/nowhere") }
        #expect(answer.status == .notFound)
        #expect(answer.body == #"{"error":"Not Found"}"#)
    }
}
