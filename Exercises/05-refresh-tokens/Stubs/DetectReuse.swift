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
    // TODO: `POST /refresh` calls this, inside its write transaction, when the presented token
    // could not be spent; say why. The table is chapter 5's `refresh_token`: `hash` (the digest),
    // `user_id`, `family` (TEXT, shared by every token of one login), `parent`, and `issued_at`,
    // `expires_at`, `spent_at` and `revoked_at` (INTEGER seconds, the last two NULL until they
    // happen). Read the row whose `hash` is `digest` with `Row.fetchOne(db, sql:arguments:)`.
    // No row: the server never issued it, or purged it long ago, so it is `.invalid`. A row
    // whose `spent_at` is set is a token traded for a new pair once already: it was copied,
    // and the server cannot tell the thief from the client, so revoke its whole family, every
    // token of the login that is not revoked yet (set `revoked_at` to `time`), the newest one
    // included, and return `.reuseDetected` with the row's user and family. Revoke neither
    // just the presented token (the thief's fresh token would live on) nor every token of the
    // user (a reuse on one device would log out the others). Otherwise the token is unspent
    // but the spend refused it: `.invalid` when `revoked_at` is set (a logout or an earlier
    // reuse), and `.expired` when it is not.
    throw ExerciseUnsolved("5.2")
}
