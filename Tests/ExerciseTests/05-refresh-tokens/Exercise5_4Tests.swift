// Exercise 5.4: the learner's spend, opening the write transaction of chapter 5's real POST /refresh.
import Exercises05
import Foundation
import GRDB
import ServerTestSupport
import Synchronization
import Testing
import WebSupport

@testable import Chapter05

/// Chapter 5's store operations, with the learner's spend around the chapter's successor and refusal.
private let parts = RefreshTokenParts(spendOnce: { database, digest, time, ifSpent, otherwise in
    try await Exercises05.spendOnce(digest, at: time, in: database, ifSpent: ifSpent, otherwise: otherwise)
})

/// Chapter 5's store operations with the learner's spend, around a successor insert that fails
/// the first time, as a full disk would, and works afterwards.
private final class SuccessorFailingOnce: Sendable {
    private let failed = Mutex(false)

    var parts: RefreshTokenParts {
        RefreshTokenParts(
            issueSuccessor: { db, parent, successor, time, lifetime in
                let firstTime = self.failed.withLock { failed in
                    defer { failed = true }
                    return !failed
                }
                if firstTime { throw DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full") }
                return try RefreshTokenStore.issueSuccessor(of: parent, digest: successor, at: time, lifetime: lifetime, in: db)
            },
            spendOnce: { database, digest, time, ifSpent, otherwise in
                try await Exercises05.spendOnce(digest, at: time, in: database, ifSpent: ifSpent, otherwise: otherwise)
            })
    }
}

/// What many simultaneous refreshes of one token got.
private struct Race: Sendable {
    let answers: [Answer]
    let familySize: Int
    let winnersNextToken: Answer?

    var successes: Int { answers.count { $0.status == .ok } }
    var reuses: Int { answers.count { $0.body == RefreshTokenServer.reuse } }
}

/// Logs in, sends `count` refreshes of the new refresh token at once, and reports the answers,
/// the size of the token's family afterwards, and what the winner's new token then gets.
private func race(_ count: Int, client: RefreshClient) async throws -> Race {
    let token = try await client.login().refreshToken
    let answers = try await withThrowingTaskGroup(of: Answer.self) { group in
        for _ in 0..<count {
            group.addTask { try await client.refresh(token) }
        }
        var answers: [Answer] = []
        for try await answer in group { answers.append(answer) }
        return answers
    }
    let winner = answers.first { $0.status == .ok }
    let next = try winner.map { try JSONDecoder().decode(RefreshPair.self, from: Data($0.body.utf8)).refreshToken }
    var winnersNextToken: Answer? = nil
    if let next { winnersNextToken = try await client.refresh(next) }
    return Race(answers: answers, familySize: try await client.familySize(of: token), winnersNextToken: winnersNextToken)
}

@Suite(
    "Exercise 5.4: Spend a refresh token exactly once",
    .exercise("5.4") {
        _ = try await Exercises05.spendOnce(Data(), at: 0, in: DatabaseQueue(), ifSpent: { _ in 0 }, otherwise: { _ in 0 })
    })
struct Exercise5_4Tests {
    @Test("A refresh spends the token: 200 with a new pair, and the token's row says when it was spent")
    func refreshSpends() async throws {
        let clock = RefreshTestClock()
        let (answer, row) = try await RefreshTokenServer.test(parts: parts, clock: clock) { client in
            let login = try await client.login()
            clock.advance(by: 60)
            return (try await client.refresh(login.refreshToken), try await client.row(of: login.refreshToken))
        }
        #expect(answer.status == .ok, Hint.next(for: "5.4"))
        #expect(row?.spentAt == clock.seconds, Hint.next(for: "5.4"))
    }

    @Test("A token buys one pair: the second refresh with it gets 401 Refresh token reuse detected")
    func secondSpendFails() async throws {
        let (first, second) = try await RefreshTokenServer.test(parts: parts) { client in
            let login = try await client.login()
            return (try await client.refresh(login.refreshToken), try await client.refresh(login.refreshToken))
        }
        #expect(first.status == .ok, Hint.next(for: "5.4"))
        #expect(second.status == .unauthorized, Hint.next(for: "5.4"))
        #expect(second.body == RefreshTokenServer.reuse, Hint.next(for: "5.4"))
    }

    @Test("A token works until the second before its expiry, and from expires_at on gets 401 Refresh token has expired, unspent")
    func expiredTokenIsNotSpent() async throws {
        let clock = RefreshTestClock()
        let (lastSecond, expired, row) = try await RefreshTokenServer.test(parts: parts, clock: clock) { client in
            let early = try await client.login().refreshToken
            let late = try await client.login().refreshToken
            clock.advance(by: TimeInterval(RefreshTokenServer.refreshTTL - 1))
            let lastSecond = try await client.refresh(early)
            clock.advance(by: 1)
            return (lastSecond, try await client.refresh(late), try await client.row(of: late))
        }
        #expect(lastSecond.status == .ok, Hint.next(for: "5.4"))
        #expect(expired.status == .unauthorized, Hint.next(for: "5.4"))
        #expect(expired.body == RefreshTokenServer.expired, Hint.next(for: "5.4"))
        #expect(row?.spentAt == nil, Hint.next(for: "5.4"))
    }

    @Test("A logged-out token is not spent: 401 Invalid refresh token")
    func revokedTokenIsNotSpent() async throws {
        let (answer, row) = try await RefreshTokenServer.test(parts: parts) { client in
            let login = try await client.login()
            _ = try await client.logout(login.refreshToken)
            return (try await client.refresh(login.refreshToken), try await client.row(of: login.refreshToken))
        }
        #expect(answer.status == .unauthorized, Hint.next(for: "5.4"))
        #expect(answer.body == RefreshTokenServer.invalid, Hint.next(for: "5.4"))
        #expect(row?.spentAt == nil, Hint.next(for: "5.4"))
    }

    @Test("A token the server never issued gets 401 Invalid refresh token")
    func unknownToken() async throws {
        let unknown = try RefreshTokenServer.unknownToken()
        let answer = try await RefreshTokenServer.test(parts: parts) { try await $0.refresh(unknown) }
        #expect(answer.status == .unauthorized, Hint.next(for: "5.4"))
        #expect(answer.body == RefreshTokenServer.invalid, Hint.next(for: "5.4"))
    }

    @Test("The spend and the successor are one transaction: when the successor cannot be written, the spend is undone too")
    func failedSuccessorUndoesTheSpend() async throws {
        let (failed, retry) = try await RefreshTokenServer.test(parts: SuccessorFailingOnce().parts) { client in
            let login = try await client.login()
            // A spend that stayed would turn the client's retry into a reuse alarm and log it out.
            return (try await client.refresh(login.refreshToken), try await client.refresh(login.refreshToken))
        }
        #expect(failed.status == .internalServerError, Hint.next(for: "5.4"))
        #expect(retry.status == .ok, Hint.next(for: "5.4"))
    }

    @Test(
        "Fifty refreshes of one token at once: exactly one 200, forty-nine reuses, one successor, and the winner's token revoked",
        arguments: 1...3)
    func fiftyAtOnce(round: Int) async throws {
        let result = try await RefreshTokenServer.test(parts: parts) { client in try await race(50, client: client) }
        #expect(result.successes == 1, Hint.next(for: "5.4"))
        #expect(result.reuses == 49, Hint.next(for: "5.4"))
        #expect(result.familySize == 2, Hint.next(for: "5.4"))
        // Every loser presented a spent token, so the family, the winner's new token included, is revoked.
        #expect(result.winnersNextToken?.body == RefreshTokenServer.invalid, Hint.next(for: "5.4"))
    }
}
