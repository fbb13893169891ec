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
    // TODO: Insert the row of the refresh token that replaces a spent one; `POST /refresh` then
    // answers with the new token, whose digest is `digest`. The table is chapter 5's
    // `refresh_token` (see RefreshTokenStore+Migrations.swift): `hash` (BLOB, the digest, the
    // primary key), `user_id`, `family` (TEXT, shared by every token of one login), `parent`
    // (BLOB, the digest of the token this one replaced), and `issued_at`, `expires_at`,
    // `spent_at` and `revoked_at` (INTEGER seconds since 1970; the last two NULL until they
    // happen). The parent's row, whose `hash` is `parent`, is already marked spent: read its
    // `user_id` and `family` with `Row.fetchOne(db, sql:arguments:)`. Then insert the successor
    // with `db.execute(sql:arguments:)`: the same user and the same family, so that a later
    // reuse of any token of this login revokes it too; `parent` as its parent, so the chain can
    // be followed; issued at `time` and expiring at `time + lifetime`, a full lifetime from now,
    // not the parent's expiry, so that a client which keeps refreshing stays logged in (RFC 9700
    // §4.14.2); neither spent nor revoked. Return the user's id: the chapter issues the new
    // access token for that user.
    throw ExerciseUnsolved("5.1")
}
