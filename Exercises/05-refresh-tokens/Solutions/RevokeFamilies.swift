// Exercise 5.3: family revocation, for POST /logout and POST /logout-all.
import ExerciseSupport
import Foundation
import GRDB

/// Revokes, at `time`, every token still unrevoked in the family of the token whose digest is
/// `digest`, and returns how many tokens that revoked; an unknown digest revokes nothing.
///
/// ```swift
/// let revoked = try revokeFamily(of: presentedDigest, at: now, in: db) // Returns 2 after one refresh.
/// ```
public func revokeFamily(of digest: Data, at time: Int64, in db: Database) throws -> Int {
    // The family is looked up inside the same statement; a digest with no row gives NULL,
    // which equals nothing.
    try db.execute(
        sql: """
            UPDATE refresh_token SET revoked_at = ?
            WHERE revoked_at IS NULL AND family = (SELECT family FROM refresh_token WHERE hash = ?)
            """,
        arguments: [time, digest])
    return db.changesCount
}

/// Revokes, at `time`, every token of the user `userID` that is still unrevoked, in every
/// family, and returns how many tokens that revoked.
///
/// ```swift
/// let revoked = try revokeAllFamilies(ofUser: 1, at: now, in: db)
/// ```
public func revokeAllFamilies(ofUser userID: Int64, at time: Int64, in db: Database) throws -> Int {
    // Rows revoked before keep the time of their first revocation.
    try db.execute(
        sql: "UPDATE refresh_token SET revoked_at = ? WHERE revoked_at IS NULL AND user_id = ?",
        arguments: [time, userID])
    return db.changesCount
}
