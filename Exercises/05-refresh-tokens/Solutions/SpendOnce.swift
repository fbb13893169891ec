// Exercise 5.4: the atomic spend, so that one refresh token buys exactly one new pair.
import ExerciseSupport
import Foundation
import GRDB

/// Spends the token whose digest is `digest` if it is unspent, unrevoked and unexpired at
/// `time`, then runs `ifSpent` when this call spent it and `otherwise` when it did not, all in
/// one write transaction, and returns what that function returns.
///
/// ```swift
/// let outcome = try await spendOnce(digest, at: now, in: database, ifSpent: issueSuccessor, otherwise: explainRefusal)
/// ```
public func spendOnce<Outcome: Sendable>(
    _ digest: Data, at time: Int64, in database: any DatabaseWriter,
    ifSpent: @escaping @Sendable (Database) throws -> Outcome,
    otherwise: @escaping @Sendable (Database) throws -> Outcome
) async throws -> Outcome {
    try await database.write { db in
        // The check is the write: the UPDATE changes the row only while the token can be spent.
        try db.execute(
            sql: """
                UPDATE refresh_token SET spent_at = ?
                WHERE hash = ? AND spent_at IS NULL AND revoked_at IS NULL AND expires_at > ?
                """,
            arguments: [time, digest, time])
        // One changed row means this request spent it; any other request finds it spent.
        return db.changesCount == 1 ? try ifSpent(db) : try otherwise(db)
    }
}
