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
    // TODO: `POST /logout` sends a refresh token and calls this inside a write transaction:
    // log that login out, on every token it ever had. The table is chapter 5's
    // `refresh_token`: `hash` (the digest), `user_id`, `family` (TEXT, shared by every token
    // descended from one login), `parent`, and `issued_at`, `expires_at`, `spent_at` and
    // `revoked_at` (INTEGER seconds, NULL until they happen). Set `revoked_at` to `time` on
    // every row of the presented token's family, not only on the presented row: a client may
    // log out with an old, spent token while its newest one is still live, and that one must
    // die too. Leave the user's other families alone (their other devices stay logged in), and
    // leave rows already revoked as they are, so each keeps the time of its first revocation.
    // A digest with no row revokes nothing: the chapter still answers 204 (RFC 7009 §2.2).
    // Return `db.changesCount`, the number of rows your UPDATE changed. One UPDATE with a
    // subquery, `family = (SELECT family FROM refresh_token WHERE hash = ?)`, does it all.
    throw ExerciseUnsolved("5.3")
}

/// Revokes, at `time`, every token of the user `userID` that is still unrevoked, in every
/// family, and returns how many tokens that revoked.
///
/// ```swift
/// let revoked = try revokeAllFamilies(ofUser: 1, at: now, in: db)
/// ```
public func revokeAllFamilies(ofUser userID: Int64, at time: Int64, in db: Database) throws -> Int {
    // TODO: `POST /logout-all` calls this with the user of its access token: log that user out
    // everywhere. Set `revoked_at` to `time` on every row whose `user_id` is `userID` and whose
    // `revoked_at` is still NULL, in all of the user's families, and on nobody else's rows.
    // Return `db.changesCount`.
    throw ExerciseUnsolved("5.3")
}
