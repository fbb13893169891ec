// POST /refresh: rotation, and every way a refresh token is refused.
import Foundation
import Testing
import WebSupport

@testable import Chapter05

@Suite("Chapter 5: POST /refresh")
struct RefreshTests {
    @Test("A refresh gets a new pair in the login's shape, and the new access token works")
    func refreshGetsNewPair() async throws {
        let (login, answer, profile) = try await withChapter5 { client in
            let login = try await client.login()
            let answer = try await client.refresh(login.refreshToken)
            return (login, answer, try await client.profile(try answer.pair().accessToken))
        }
        #expect(answer.status == .ok)
        #expect(answer.headers[.cacheControl] == "no-store")
        let pair = try answer.pair()
        #expect(pair.refreshToken != login.refreshToken)
        #expect(pair.tokenType == "bearer")
        #expect(pair.expiresIn == 900)
        #expect(profile.body == #"{"user_id":1,"username":"john_doe"}"#)
    }

    @Test("Rotation spends the old token and records the new one as its child in the same family")
    func rotationRecordsParentAndSpend() async throws {
        let clock = TestClock()
        let services = try await Fixture.services(clock: clock)
        let (first, second) = try await withChapter5(services) { client in
            let first = try await client.login()
            clock.advance(by: 60)
            return (first, try await client.refresh(first.refreshToken).pair())
        }
        let old = try #require(try await services.row(of: first.refreshToken))
        let new = try #require(try await services.row(of: second.refreshToken))
        #expect(old.spentAt == 1_800_000_060)
        #expect(old.revokedAt == nil)
        #expect(new.family == old.family)
        #expect(new.parent == old.hash)
        #expect(new.issuedAt == 1_800_000_060)
        #expect(new.spentAt == nil)
    }

    @Test("Rotating again and again keeps working: each new token is good exactly once")
    func chainOfRotations() async throws {
        let statuses = try await withChapter5 { client in
            var token = try await client.login().refreshToken
            var statuses: [Int] = []
            for _ in 0..<5 {
                let answer = try await client.refresh(token)
                statuses.append(answer.status.code)
                token = try answer.pair().refreshToken
            }
            return statuses
        }
        #expect(statuses == [200, 200, 200, 200, 200])
    }

    @Test(
        "A missing, empty, malformed or unknown refresh token gets 401 Invalid refresh token",
        arguments: [
            "{}", #"{"refresh_token":null}"#, #"{"refresh_token":""}"#, #"{"refresh_token":"rt_short"}"#,
            #"{"refresh_token":"rt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}"#,
            #"{"refresh_token":"xx_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}"#,
            #"{"refresh_token":"rt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="}"#,
        ])
    func invalidTokenGets401(body: String) async throws {
        let answer = try await withChapter5 { try await $0.postJSON("/refresh", body) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == Refusal.invalid)
        #expect(answer.headers[.wwwAuthenticate] == "Bearer")
    }

    @Test(
        "A body that is not a JSON object, or a token that is not a string, gets 400",
        arguments: [
            ("", #"{"error":"The request body could not be read: the body is empty; send a JSON object"}"#),
            ("refresh_token=abc", #"{"error":"The request body could not be read: it is not valid JSON"}"#),
            ("[]", #"{"error":"The request body could not be read: expected a JSON object"}"#),
            (#"{"refresh_token":42}"#, #"{"error":"Field 'refresh_token' has the wrong type"}"#),
        ])
    func badBodyGets400(body: String, expected: String) async throws {
        let answer = try await withChapter5 { try await $0.postJSON("/refresh", body) }
        #expect(answer.status == .badRequest)
        #expect(answer.body == expected)
    }

    @Test("A refresh token past its expiry gets 401 Refresh token has expired; one second earlier it works")
    func expiredTokenGets401() async throws {
        let clock = TestClock()
        let (justInTime, expired) = try await withChapter5(try await Fixture.services(clock: clock, refreshTTL: 3600)) { client in
            let early = try await client.login()
            let late = try await client.login()
            clock.advance(by: 3599)
            let justInTime = try await client.refresh(early.refreshToken)
            clock.advance(by: 1)
            return (justInTime, try await client.refresh(late.refreshToken))
        }
        #expect(justInTime.status == .ok)
        #expect(expired.status == .unauthorized)
        #expect(expired.body == Refusal.expired)
    }

    @Test("Each rotation gives the new token a full lifetime from the moment it is issued")
    func rotationRestartsTheLifetime() async throws {
        let clock = TestClock()
        let answer = try await withChapter5(try await Fixture.services(clock: clock, refreshTTL: 3600)) { client in
            var token = try await client.login().refreshToken
            for _ in 0..<3 {
                clock.advance(by: 3000)
                token = try await client.refresh(token).pair().refreshToken
            }
            return try await client.refresh(token)
        }
        #expect(answer.status == .ok)
    }

    @Test("The refreshed access token is signed now, with the clock's time")
    func refreshedAccessTokenUsesTheClock() async throws {
        let clock = TestClock()
        let answer = try await withChapter5(try await Fixture.services(clock: clock)) { client in
            let login = try await client.login()
            clock.advance(by: 1000)
            let pair = try await client.refresh(login.refreshToken).pair()
            return try await client.profile(pair.accessToken)
        }
        #expect(answer.status == .ok)
    }
}
