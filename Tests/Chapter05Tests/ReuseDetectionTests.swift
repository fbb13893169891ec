// Reuse detection: a spent refresh token presented again revokes its whole family (RFC 9700 §4.14.2).
import Foundation
import Testing
import WebSupport

@testable import Chapter05

@Suite("Chapter 5: reuse detection")
struct ReuseDetectionTests {
    @Test("A spent token presented again gets 401 Refresh token reuse detected, and the family's newest token fails too")
    func reuseRevokesTheFamily() async throws {
        let (replay, newest, replayAgain) = try await withChapter5 { client in
            let login = try await client.login()
            let rotated = try await client.refresh(login.refreshToken).pair()
            let replay = try await client.refresh(login.refreshToken)
            let newest = try await client.refresh(rotated.refreshToken)
            return (replay, newest, try await client.refresh(login.refreshToken))
        }
        #expect(replay.status == .unauthorized)
        #expect(replay.body == Refusal.reuse)
        #expect(newest.status == .unauthorized)
        #expect(newest.body == Refusal.invalid)
        #expect(replayAgain.body == Refusal.reuse)
    }

    @Test("Reuse of a token from the middle of a chain revokes every token of the family, and only that family")
    func reuseRevokesOnlyItsFamily() async throws {
        let services = try await Fixture.services()
        let (tokens, otherStatus, janeStatus) = try await withChapter5(services) { client in
            let otherLogin = try await client.login()
            let janeLogin = try await client.login(Fixture.janeLogin)
            var tokens = [try await client.login().refreshToken]
            for _ in 0..<3 { tokens.append(try await client.refresh(tokens.last ?? "").pair().refreshToken) }
            _ = try await client.refresh(tokens[1])
            let otherStatus = try await client.refresh(otherLogin.refreshToken).status
            let janeStatus = try await client.refresh(janeLogin.refreshToken).status
            return (tokens, otherStatus, janeStatus)
        }
        for token in tokens {
            let row = try #require(try await services.row(of: token))
            #expect(row.revokedAt == 1_800_000_000)
        }
        #expect(otherStatus == .ok)
        #expect(janeStatus == .ok)
    }

    @Test("Reuse is detected even after the thief and the client both rotated: whoever comes second is refused")
    func thiefFirstThenClient() async throws {
        let (thief, client, thiefNext) = try await withChapter5 { http in
            let stolen = try await http.login().refreshToken
            let thief = try await http.refresh(stolen)
            let client = try await http.refresh(stolen)
            return (thief, client, try await http.refresh(try thief.pair().refreshToken))
        }
        #expect(thief.status == .ok)
        #expect(client.body == Refusal.reuse)
        #expect(thiefNext.body == Refusal.invalid)
    }

    @Test("An access token issued before the reuse keeps working until it expires: the honest trade-off")
    func accessTokenOutlivesRevocation() async throws {
        let clock = TestClock()
        let (during, after) = try await withChapter5(try await Fixture.services(clock: clock)) { client in
            let login = try await client.login()
            let rotated = try await client.refresh(login.refreshToken).pair()
            _ = try await client.refresh(login.refreshToken)
            let during = try await client.profile(rotated.accessToken)
            clock.advance(by: 900)
            return (during, try await client.profile(rotated.accessToken))
        }
        #expect(during.status == .ok)
        #expect(after.body == #"{"error":"Token has expired"}"#)
    }
}
