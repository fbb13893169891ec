// Exercise 5.2: the learner's reuse detection, run by chapter 5's own rotation behind the real POST /refresh.
import Exercises05
import Foundation
import GRDB
import ServerTestSupport
import Synchronization
import Testing
import WebSupport

@testable import Chapter05

/// Calls the learner's `refusal` and translates its answer into the chapter's error.
@Sendable private func learnersRefusal(_ db: Database, _ digest: Data, _ time: Int64) throws -> RefreshTokenError {
    switch try Exercises05.refusal(of: digest, at: time, in: db) {
    case .invalid: .invalid
    case .expired: .expired
    case .reuseDetected(let userID, let family): .reuseDetected(userID: userID, family: family)
    }
}

/// Chapter 5's store operations, with the learner's refusal.
private let parts = RefreshTokenParts(explainRefusal: learnersRefusal)

/// Every refusal the learner's code decided, in order.
private final class Refusals: Sendable {
    private let list = Mutex<[RefreshTokenError]>([])
    var all: [RefreshTokenError] { list.withLock { $0 } }

    /// Chapter 5's store operations, with the learner's refusal, noting each answer.
    var parts: RefreshTokenParts {
        RefreshTokenParts(explainRefusal: { db, digest, time in
            let refusal = try learnersRefusal(db, digest, time)
            self.list.withLock { $0.append(refusal) }
            return refusal
        })
    }
}

@Suite(
    "Exercise 5.2: Detect reuse and revoke the family",
    .exercise("5.2") { try await inEmptyDatabase { db in _ = try Exercises05.refusal(of: Data(), at: 0, in: db) } })
struct Exercise5_2Tests {
    @Test("A spent token presented again gets 401 Refresh token reuse detected")
    func spentTokenIsReuse() async throws {
        let replay = try await RefreshTokenServer.test(parts: parts) { client in
            let login = try await client.login()
            _ = try await client.rotate(login.refreshToken)
            return try await client.refresh(login.refreshToken)
        }
        #expect(replay.status == .unauthorized, Hint.next(for: "5.2"))
        #expect(replay.body == RefreshTokenServer.reuse, Hint.next(for: "5.2"))
    }

    @Test("Reuse revokes the whole family: the newest token stops working, and every row of the login is revoked")
    func reuseRevokesTheFamily() async throws {
        let clock = RefreshTestClock()
        let (newest, rows) = try await RefreshTokenServer.test(parts: parts, clock: clock) { client in
            let first = try await client.login().refreshToken
            let second = try await client.rotate(first).refreshToken
            let third = try await client.rotate(second).refreshToken
            clock.advance(by: 60)
            // The thief replays the middle token, long spent.
            _ = try await client.refresh(second)
            let newest = try await client.refresh(third)
            var rows: [RefreshTokenRecord?] = []
            for token in [first, second, third] { rows.append(try await client.row(of: token)) }
            return (newest, rows)
        }
        #expect(newest.status == .unauthorized, Hint.next(for: "5.2"))
        #expect(newest.body == RefreshTokenServer.invalid, Hint.next(for: "5.2"))
        #expect(rows.map { $0?.revokedAt } == [clock.seconds, clock.seconds, clock.seconds], Hint.next(for: "5.2"))
    }

    @Test("Reuse revokes only that login's family: the same user's other login keeps working")
    func otherFamiliesLive() async throws {
        let other = try await RefreshTokenServer.test(parts: parts) { client in
            let stolen = try await client.login().refreshToken
            let otherDevice = try await client.login().refreshToken
            _ = try await client.rotate(stolen)
            _ = try await client.refresh(stolen)
            return try await client.refresh(otherDevice)
        }
        #expect(other.status == .ok, Hint.next(for: "5.2"))
    }

    @Test("The reuse names the token's user and family, for the server's log")
    func reuseNamesUserAndFamily() async throws {
        let refusals = Refusals()
        let family = try await RefreshTokenServer.test(parts: refusals.parts) { client in
            let login = try await client.login(.jane)
            _ = try await client.rotate(login.refreshToken)
            _ = try await client.refresh(login.refreshToken)
            return try await client.row(of: login.refreshToken)?.family
        }
        #expect(refusals.all == [.reuseDetected(userID: 2, family: family ?? "")], Hint.next(for: "5.2"))
    }

    @Test("A token the server never issued gets 401 Invalid refresh token")
    func unknownToken() async throws {
        let unknown = try RefreshTokenServer.unknownToken()
        let answer = try await RefreshTokenServer.test(parts: parts) { try await $0.refresh(unknown) }
        #expect(answer.status == .unauthorized, Hint.next(for: "5.2"))
        #expect(answer.body == RefreshTokenServer.invalid, Hint.next(for: "5.2"))
    }

    @Test("A logged-out token, never spent, gets 401 Invalid refresh token")
    func loggedOutToken() async throws {
        let answer = try await RefreshTokenServer.test(parts: parts) { client in
            let login = try await client.login()
            _ = try await client.logout(login.refreshToken)
            return try await client.refresh(login.refreshToken)
        }
        #expect(answer.status == .unauthorized, Hint.next(for: "5.2"))
        #expect(answer.body == RefreshTokenServer.invalid, Hint.next(for: "5.2"))
    }

    @Test("A token past its expiry, never spent, gets 401 Refresh token has expired and revokes nothing")
    func expiredToken() async throws {
        let clock = RefreshTestClock()
        let (answer, row) = try await RefreshTokenServer.test(parts: parts, clock: clock) { client in
            let login = try await client.login()
            clock.advance(by: TimeInterval(RefreshTokenServer.refreshTTL))
            return (try await client.refresh(login.refreshToken), try await client.row(of: login.refreshToken))
        }
        #expect(answer.status == .unauthorized, Hint.next(for: "5.2"))
        #expect(answer.body == RefreshTokenServer.expired, Hint.next(for: "5.2"))
        #expect(row?.revokedAt == nil, Hint.next(for: "5.2"))
    }
}
