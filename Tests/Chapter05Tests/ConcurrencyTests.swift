// Fifty simultaneous refreshes with one token: exactly one wins.
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter05

/// The statuses and bodies of many refreshes sent at once.
struct RaceResult: Sendable {
    let answers: [Answer]

    var successes: Int { answers.count { $0.status == .ok } }
    var reuses: Int { answers.count { $0.status == .unauthorized && $0.body == Refusal.reuse } }
}

/// Sends `count` refreshes of `token` at once through `send`, and collects the answers.
func race(
    _ count: Int, token: String, send: @escaping @Sendable (String) async throws -> Answer
) async throws -> RaceResult {
    try await withThrowingTaskGroup(of: Answer.self) { group in
        for _ in 0..<count {
            group.addTask { try await send(token) }
        }
        var answers: [Answer] = []
        for try await answer in group { answers.append(answer) }
        return RaceResult(answers: answers)
    }
}

@Suite("Chapter 5: simultaneous refreshes")
struct ConcurrencyTests {
    @Test("Fifty refreshes of one token at once, in process: exactly one 200, forty-nine 401 reuse")
    func fiftyInProcess() async throws {
        let services = try await Fixture.services()
        let (result, login) = try await withChapter5(services) { client in
            let login = try await client.login()
            return (try await race(50, token: login.refreshToken) { try await client.refresh($0) }, login)
        }
        #expect(result.successes == 1)
        #expect(result.reuses == 49)
        // The family holds exactly the login's token and one successor.
        let row = try #require(try await services.row(of: login.refreshToken))
        let familySize = try await services.refreshTokens.database.write { db in
            try RefreshTokenRecord.filter(sql: "family = ?", arguments: [row.family]).fetchCount(db)
        }
        #expect(familySize == 2)
    }

    @Test("The store alone: fifty rotations of one token at once yield exactly one successor")
    func fiftyInTheStore() async throws {
        let store = try await RefreshTokenStore(database: DatabaseQueue(), lifetime: 3600)
        let token = try await store.startFamily(for: 1)
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<50 {
                group.addTask { (try? await store.rotate(token)) != nil }
            }
            var outcomes: [Bool] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
        #expect(outcomes.count { $0 } == 1)
    }
}
