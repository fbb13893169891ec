// Exercise 5.1: rotation, the successor of a refresh token that has just been spent.
import ExerciseSupport
import Foundation
import GRDB

/// Inserts the successor of the token whose digest is `parent`, which this same transaction has
/// just spent, under the digest `digest`, and returns the id of the user they belong to.
///
/// ```swift
/// let userID = try issueSuccessor(of: spentDigest, digest: nextDigest, at: now, lifetime: 1_209_600, in: db)
/// ```
public func issueSuccessor(of parent: Data, digest: Data, at time: Int64, lifetime: Int64, in db: Database) throws -> Int64 {
    // The parent's row says whose token it was, and which login it descends from.
    let sql = "SELECT user_id, family FROM refresh_token WHERE hash = ?"
    guard let row = try Row.fetchOne(db, sql: sql, arguments: [parent]) else {
        throw DatabaseError(message: "the spent refresh token has no row")
    }
    let userID: Int64 = row["user_id"]
    let family: String = row["family"]
    // Unspent and unrevoked, with a full lifetime from now: a client that keeps refreshing stays logged in.
    try db.execute(
        sql: """
            INSERT INTO refresh_token (hash, user_id, family, parent, issued_at, expires_at, spent_at, revoked_at)
            VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)
            """,
        arguments: [digest, userID, family, parent, time, time + lifetime])
    return userID
}
