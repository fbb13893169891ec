// POST /login in chapter 5: JSON in, a token pair out.
import Foundation
import JWTCore
import Testing
import WebSupport

@testable import Chapter05

@Suite("Chapter 5: POST /login")
struct LoginTests {
    @Test("Good credentials get 200 and a pair: a typed access token, an opaque refresh token, bearer, 900 s")
    func goodCredentialsGetPair() async throws {
        let answer = try await withChapter5 { try await $0.postJSON("/login", Fixture.johnLogin) }
        #expect(answer.status == .ok)
        #expect(answer.headers[.cacheControl] == "no-store")
        let keys = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any]).keys.sorted()
        #expect(keys == ["access_token", "expires_in", "refresh_token", "token_type"])
        let pair = try answer.pair()
        #expect(pair.tokenType == "bearer")
        #expect(pair.expiresIn == 900)
        #expect(pair.refreshToken.hasPrefix("rt_"))
        #expect(pair.refreshToken.count == 46)
        let access = try UnverifiedToken(insecurelyParsing: pair.accessToken)
        #expect(access.header.type == "at+jwt")
        #expect(access.claims["type"] == "access")
        #expect(access.claims["sub"] == "1")
        #expect(access.claims["aud"] == "refresh-tokens")
        #expect(access.claims["exp"] == .integer(1_800_000_900))
    }

    @Test("Each login starts a new family, expiring after the refresh TTL")
    func eachLoginStartsAFamily() async throws {
        let services = try await Fixture.services()
        let (first, second) = try await withChapter5(services) { client in
            (try await client.login(), try await client.login())
        }
        let firstRow = try #require(try await services.row(of: first.refreshToken))
        let secondRow = try #require(try await services.row(of: second.refreshToken))
        #expect(firstRow.family != secondRow.family)
        #expect(firstRow.parent == nil)
        #expect(firstRow.userID == 1)
        #expect(firstRow.issuedAt == 1_800_000_000)
        #expect(firstRow.expiresAt == 1_800_000_000 + 1_209_600)
    }

    @Test(
        "A wrong password and an unknown user get the same 401",
        arguments: [#"{"username":"john_doe","password":"wrong"}"#, #"{"username":"nobody","password":"wrong"}"#])
    func badCredentialsGet401(body: String) async throws {
        let answer = try await withChapter5 { try await $0.postJSON("/login", body) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Invalid username or password"}"#)
    }

    @Test(
        "A bad body gets 400 with a message that names the problem",
        arguments: [
            ("", #"{"error":"The request body could not be read: the body is empty; send a JSON object"}"#),
            ("username=john_doe", #"{"error":"The request body could not be read: it is not valid JSON"}"#),
            (#"{"username":"john_doe"}"#, #"{"error":"Missing field 'password'"}"#),
        ])
    func badBodyGets400(body: String, expected: String) async throws {
        let answer = try await withChapter5 { try await $0.postJSON("/login", body) }
        #expect(answer.status == .badRequest)
        #expect(answer.body == expected)
    }

    @Test("The whole flow runs against one server: login, call, refresh, call, logout")
    func wholeFlow() async throws {
        let statuses = try await withChapter5 { client in
            let first = try await client.login()
            let call = try await client.profile(first.accessToken)
            let refreshed = try await client.refresh(first.refreshToken)
            let second = try refreshed.pair()
            let secondCall = try await client.profile(second.accessToken)
            let logout = try await client.refresh(second.refreshToken, at: "/logout")
            let afterLogout = try await client.refresh(second.refreshToken)
            return [call, refreshed, secondCall, logout, afterLogout].map(\.status.code)
        }
        #expect(statuses == [200, 200, 200, 204, 401])
    }
}
