// Exercise 5.1: the learner's successor, inserted inside chapter 5's own spend transaction behind the real POST /refresh.
import Exercises05
import Foundation
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter05

/// Chapter 5's store operations, with the learner's successor.
private let parts = RefreshTokenParts(issueSuccessor: { db, parent, successor, time, lifetime in
    try Exercises05.issueSuccessor(of: parent, digest: successor, at: time, lifetime: lifetime, in: db)
})

@Suite(
    "Exercise 5.1: Rotate: issue the successor",
    .exercise("5.1") {
        try await inEmptyDatabase { db in _ = try Exercises05.issueSuccessor(of: Data(), digest: Data(), at: 0, lifetime: 1, in: db) }
    })
struct Exercise5_1Tests {
    @Test("A refresh answers 200 with a new refresh token, which works in its turn, and so on down the chain")
    func successorWorks() async throws {
        let statuses = try await RefreshTokenServer.test(parts: parts) { client in
            var token = try await client.login().refreshToken
            var statuses: [Int] = []
            for _ in 0..<3 {
                let answer = try await client.refresh(token)
                statuses.append(answer.status.code)
                token = (try? JSONDecoder().decode(RefreshPair.self, from: Data(answer.body.utf8)))?.refreshToken ?? ""
            }
            return statuses
        }
        #expect(statuses == [200, 200, 200], Hint.next(for: "5.1"))
    }

    @Test(
        "The successor belongs to the same user: the new access token opens that user's profile", arguments: [DemoUser.john, DemoUser.jane])
    func sameUser(demo: DemoUser) async throws {
        let profile = try await RefreshTokenServer.test(parts: parts) { client in
            let login = try await client.login(demo)
            let next = try await client.rotate(login.refreshToken)
            return try await client.profile(next.accessToken)
        }
        #expect(profile.status == .ok, Hint.next(for: "5.1"))
        #expect(profile.body == #"{"user_id":\#(demo.user.id),"username":"\#(demo.user.username)"}"#, Hint.next(for: "5.1"))
    }

    @Test("The successor's row: same user and family, the spent token as parent, issued now for a full lifetime, neither spent nor revoked")
    func successorRow() async throws {
        let clock = RefreshTestClock()
        let (parent, child, parentDigest) = try await RefreshTokenServer.test(parts: parts, clock: clock) { client in
            let login = try await client.login(.jane)
            clock.advance(by: 600)
            let next = try await client.rotate(login.refreshToken)
            return (
                try await client.row(of: login.refreshToken), try await client.row(of: next.refreshToken),
                try client.digest(of: login.refreshToken)
            )
        }
        let row = try #require(child, "The new refresh token has no row. \(Hint.next(for: "5.1").rawValue)")
        #expect(row.userID == 2, Hint.next(for: "5.1"))
        #expect(row.family == parent?.family, Hint.next(for: "5.1"))
        #expect(row.parent == parentDigest, Hint.next(for: "5.1"))
        #expect(row.issuedAt == clock.seconds, Hint.next(for: "5.1"))
        #expect(row.expiresAt == clock.seconds + Int64(RefreshTokenServer.refreshTTL), Hint.next(for: "5.1"))
        #expect(row.spentAt == nil, Hint.next(for: "5.1"))
        #expect(row.revokedAt == nil, Hint.next(for: "5.1"))
    }

    @Test("Parent and successor are one family: replaying the spent parent revokes the successor too")
    func oneFamily() async throws {
        let (replay, successor) = try await RefreshTokenServer.test(parts: parts) { client in
            let login = try await client.login()
            let next = try await client.rotate(login.refreshToken)
            let replay = try await client.refresh(login.refreshToken)
            return (replay, try await client.refresh(next.refreshToken))
        }
        #expect(replay.body == RefreshTokenServer.reuse, Hint.next(for: "5.1"))
        #expect(successor.status == .unauthorized, Hint.next(for: "5.1"))
        #expect(successor.body == RefreshTokenServer.invalid, Hint.next(for: "5.1"))
    }

    @Test("The successor lives a full lifetime from its refresh, past the moment its parent would have expired")
    func slidingExpiry() async throws {
        let clock = RefreshTestClock()
        let late = try await RefreshTokenServer.test(parts: parts, clock: clock) { client in
            let login = try await client.login()
            // Refreshed 50 minutes into the hour; used again 20 minutes later, after the login's hour.
            clock.advance(by: 3000)
            let next = try await client.rotate(login.refreshToken)
            clock.advance(by: 1200)
            return try await client.refresh(next.refreshToken)
        }
        #expect(late.status == .ok, Hint.next(for: "5.1"))
    }
}
