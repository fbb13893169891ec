// Exercise 5.2: reuse detection, saying why a refresh token could not be spent.
import ExerciseSupport
import Foundation
import GRDB

/// Why a refresh token was refused; chapter 5 answers each with a 401.
public enum RefreshRefusal: Sendable, Equatable {
    /// Unknown, or revoked by a logout or a reuse: "Invalid refresh token".
    case invalid
    /// Never spent, but past its expiry: "Refresh token has expired".
    case expired
    /// Spent already, so someone holds a copy: "Refresh token reuse detected". The user and the
    /// family are for the server's log, never for the client.
    case reuseDetected(userID: Int64, family: String)
}

/// Says why the token whose digest is `digest` could not be spent at `time`, and revokes its
/// whole family when it had been spent already (RFC 9700 §4.14.2).
///
/// ```swift
/// let refusal = try refusal(of: replayedDigest, at: now, in: db) // Returns .reuseDetected(userID: 1, family: "...").
/// ```
public func refusal(of digest: Data, at time: Int64, in db: Database) throws -> RefreshRefusal {
    let sql = "SELECT user_id, family, spent_at, revoked_at FROM refresh_token WHERE hash = ?"
    guard let row = try Row.fetchOne(db, sql: sql, arguments: [digest]) else { return .invalid }
    let spentAt: Int64? = row["spent_at"]
    let revokedAt: Int64? = row["revoked_at"]
    if spentAt != nil {
        // A spent token came back: the thief or the client has a copy, and nobody can tell
        // which. Every token of the login goes, the newest included; other logins stay.
        let family: String = row["family"]
        try db.execute(
            sql: "UPDATE refresh_token SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL",
            arguments: [time, family])
        return .reuseDetected(userID: row["user_id"], family: family)
    }
    // Not spent, and the spend refused it all the same: revoked, or else expired.
    return revokedAt != nil ? .invalid : .expired
}
