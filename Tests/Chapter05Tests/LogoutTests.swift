// POST /logout and POST /logout-all: revoking one family, or all of a user's.
import Foundation
import Testing
import WebSupport

@testable import Chapter05

@Suite("Chapter 5: logging out")
struct LogoutTests {
    @Test("Logout answers 204 with no body and revokes the family: the token and its newest successor both fail")
    func logoutRevokesTheFamily() async throws {
        let (logout, newest, first) = try await withChapter5 { client in
            let login = try await client.login()
            let rotated = try await client.refresh(login.refreshToken).pair()
            let logout = try await client.refresh(login.refreshToken, at: "/logout")
            return (logout, try await client.refresh(rotated.refreshToken), try await client.refresh(login.refreshToken))
        }
        #expect(logout.status == .noContent)
        #expect(logout.body.isEmpty)
        #expect(newest.body == Refusal.invalid)
        // The first token was spent before the logout, so presenting it is still reuse.
        #expect(first.body == Refusal.reuse)
    }

    @Test("Logout leaves the user's other families alone")
    func logoutKeepsOtherFamilies() async throws {
        let answer = try await withChapter5 { client in
            let laptop = try await client.login()
            let phone = try await client.login()
            _ = try await client.refresh(laptop.refreshToken, at: "/logout")
            return try await client.refresh(phone.refreshToken)
        }
        #expect(answer.status == .ok)
    }

    @Test(
        "Logout with a token the server does not know still answers 204 (RFC 7009 §2.2)",
        arguments: ["rt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not-a-token", ""])
    func logoutWithUnknownTokenGets204(token: String) async throws {
        let answer = try await withChapter5 { try await $0.refresh(token, at: "/logout") }
        #expect(answer.status == .noContent)
    }

    @Test("Logout without a token gets 401, and with a bad body 400")
    func logoutWithoutTokenGets401() async throws {
        let (missing, notJSON) = try await withChapter5 { client in
            (try await client.postJSON("/logout", "{}"), try await client.postJSON("/logout", "nope"))
        }
        #expect(missing.status == .unauthorized)
        #expect(missing.body == Refusal.invalid)
        #expect(notJSON.status == .badRequest)
    }

    @Test("Logout-all revokes every family of the user, and no one else's")
    func logoutAllRevokesEveryFamily() async throws {
        let (logoutAll, laptop, phone, jane) = try await withChapter5 { client in
            let laptop = try await client.login()
            let phone = try await client.login()
            let phoneRotated = try await client.refresh(phone.refreshToken).pair()
            let jane = try await client.login(Fixture.janeLogin)
            let logoutAll = try await client.logoutAll(laptop.accessToken)
            return (
                logoutAll, try await client.refresh(laptop.refreshToken),
                try await client.refresh(phoneRotated.refreshToken), try await client.refresh(jane.refreshToken)
            )
        }
        #expect(logoutAll.status == .noContent)
        #expect(laptop.body == Refusal.invalid)
        #expect(phone.body == Refusal.invalid)
        #expect(jane.status == .ok)
    }

    @Test("Logout-all needs an access token: none, or a refresh token, gets 401")
    func logoutAllNeedsAnAccessToken() async throws {
        let (none, refreshToken) = try await withChapter5 { client in
            let login = try await client.login()
            return (try await client.send(.post, "/logout-all"), try await client.logoutAll(login.refreshToken))
        }
        #expect(none.body == #"{"error":"Missing token"}"#)
        #expect(refreshToken.body == #"{"error":"Invalid token"}"#)
    }

    @Test("After logout-all, a login starts a new family that works")
    func loginAfterLogoutAllWorks() async throws {
        let answer = try await withChapter5 { client in
            let first = try await client.login()
            _ = try await client.logoutAll(first.accessToken)
            return try await client.refresh(try await client.login().refreshToken)
        }
        #expect(answer.status == .ok)
    }
}
