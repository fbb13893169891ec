// Exercise 5.3: the learner's revocations behind chapter 5's real POST /logout and POST /logout-all.
import Exercises05
import Foundation
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter05

/// Chapter 5's store operations, with the learner's two revocations.
private let parts = RefreshTokenParts(
    revokeFamily: { db, digest, time in try Exercises05.revokeFamily(of: digest, at: time, in: db) },
    revokeAllFamilies: { db, userID, time in try Exercises05.revokeAllFamilies(ofUser: userID, at: time, in: db) })

@Suite(
    "Exercise 5.3: Log out one family, or all of a user's",
    .exercise("5.3") {
        try await inEmptyDatabase { db in _ = try Exercises05.revokeFamily(of: Data(), at: 0, in: db) }
        try await inEmptyDatabase { db in _ = try Exercises05.revokeAllFamilies(ofUser: 1, at: 0, in: db) }
    })
struct Exercise5_3Tests {
    @Test("A logout answers 204, and the logged-out token then gets 401 Invalid refresh token")
    func logoutRevokesTheToken() async throws {
        let (logout, refresh) = try await RefreshTokenServer.test(parts: parts) { client in
            let login = try await client.login()
            let logout = try await client.logout(login.refreshToken)
            return (logout, try await client.refresh(login.refreshToken))
        }
        #expect(logout.status == .noContent, Hint.next(for: "5.3"))
        #expect(refresh.status == .unauthorized, Hint.next(for: "5.3"))
        #expect(refresh.body == RefreshTokenServer.invalid, Hint.next(for: "5.3"))
    }

    @Test("A logout with an old, spent token revokes the login's newest token too")
    func logoutWithSpentToken() async throws {
        let newest = try await RefreshTokenServer.test(parts: parts) { client in
            let first = try await client.login().refreshToken
            let second = try await client.rotate(first).refreshToken
            let third = try await client.rotate(second).refreshToken
            _ = try await client.logout(first)
            return try await client.refresh(third)
        }
        #expect(newest.status == .unauthorized, Hint.next(for: "5.3"))
        #expect(newest.body == RefreshTokenServer.invalid, Hint.next(for: "5.3"))
    }

    @Test("A logout leaves the same user's other logins working")
    func logoutSparesOtherFamilies() async throws {
        let other = try await RefreshTokenServer.test(parts: parts) { client in
            let phone = try await client.login().refreshToken
            let laptop = try await client.login().refreshToken
            _ = try await client.logout(phone)
            return try await client.refresh(laptop)
        }
        #expect(other.status == .ok, Hint.next(for: "5.3"))
    }

    @Test("A logout with a token the server never issued answers 204 and revokes nothing")
    func unknownTokenRevokesNothing() async throws {
        let unknown = try RefreshTokenServer.unknownToken()
        let (logout, refresh) = try await RefreshTokenServer.test(parts: parts) { client in
            let login = try await client.login()
            let logout = try await client.logout(unknown)
            return (logout, try await client.refresh(login.refreshToken))
        }
        #expect(logout.status == .noContent, Hint.next(for: "5.3"))
        #expect(refresh.status == .ok, Hint.next(for: "5.3"))
    }

    @Test("A logout counts the tokens it revoked, and a second one revokes nothing and keeps the first one's time")
    func secondLogoutChangesNothing() async throws {
        let clock = RefreshTestClock()
        let services = try await RefreshTokenServer.services(parts: parts, clock: clock)
        let (first, second, row) = try await RefreshTokenServer.test(services) { client in
            let login = try await client.login()
            let next = try await client.rotate(login.refreshToken)
            let token = try #require(RefreshToken(parsing: next.refreshToken))
            let first = try await services.refreshTokens.revokeFamily(of: token)
            clock.advance(by: 60)
            let second = try await services.refreshTokens.revokeFamily(of: token)
            return (first, second, try await client.row(of: next.refreshToken))
        }
        #expect(first == 2, Hint.next(for: "5.3"))
        #expect(second == 0, Hint.next(for: "5.3"))
        #expect(row?.revokedAt == clock.seconds - 60, Hint.next(for: "5.3"))
    }

    @Test("Logging out everywhere revokes every login of that user, and no one else's")
    func logoutAll() async throws {
        let (answer, refreshes) = try await RefreshTokenServer.test(parts: parts) { client in
            let phone = try await client.login()
            let laptop = try await client.rotate(try await client.login().refreshToken)
            let jane = try await client.login(.jane)
            let answer = try await client.logoutAll(phone.accessToken)
            var refreshes: [Answer] = []
            for token in [phone.refreshToken, laptop.refreshToken, jane.refreshToken] {
                refreshes.append(try await client.refresh(token))
            }
            return (answer, refreshes)
        }
        #expect(answer.status == .noContent, Hint.next(for: "5.3"))
        #expect(refreshes.map(\.body).prefix(2) == [RefreshTokenServer.invalid, RefreshTokenServer.invalid], Hint.next(for: "5.3"))
        #expect(refreshes.last?.status == .ok, Hint.next(for: "5.3"))
    }
}
