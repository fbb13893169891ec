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
    // TODO: `POST /refresh` calls this first: spend the presented token so that, however many
    // requests bring the same token at the same moment, exactly one of them wins. Open one write
    // transaction with `try await database.write { db in ... }` and do everything inside it. In
    // chapter 5's `refresh_token` table a token can be spent while `spent_at` and `revoked_at`
    // are NULL and `expires_at` is later than `time` (at `expires_at` itself it has expired,
    // like a JWT's exp); `hash` is the digest. Do not read the row, check it in Swift, and
    // write it afterwards: fifty requests could all read "unspent" before the first one
    // writes, and fifty successors would be born. Let the write be the check instead: one
    // `UPDATE refresh_token SET spent_at = ? WHERE hash = ? AND ...` with every condition in
    // its WHERE clause, then `db.changesCount`, which is 1 only for the request whose UPDATE
    // changed the row. SQLite runs one write transaction at a time, so every later request
    // finds the token spent. When this call spent it, return `try ifSpent(db)`, which inserts
    // the successor; otherwise return `try otherwise(db)`, which says why and may revoke the
    // family. Call either one with the same `db`, inside the same transaction, never after it:
    // if writing the successor fails, the spend must be undone with it, or the client's retry
    // would look like a reuse and log the user out.
    throw ExerciseUnsolved("5.4")
}
