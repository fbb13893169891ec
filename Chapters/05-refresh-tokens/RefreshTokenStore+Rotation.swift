// Trading a refresh token for a new one: the atomic spend, the successor, and reuse detection.
import Foundation
import GRDB

/// A successful rotation: whose token it was, and the token that replaces it.
struct Rotation: Sendable {
    let userID: Int64
    let next: RefreshToken
}

/// What the rotation transaction decided.
enum RotationOutcome: Sendable {
    case rotated(userID: Int64)
    case refused(RefreshTokenError)
}

extension RefreshTokenStore {
    /// Spends `token` and returns its successor in the same family, or
    /// throws a ``RefreshTokenError`` that says why not (RFC 9700 §4.14.2).
    ///
    /// Everything happens in one write transaction: the spend, then either
    /// the successor or the reason for the refusal. SQLite runs one write
    /// transaction at a time, and only the request whose `UPDATE` changed
    /// the row may go on, so fifty simultaneous refreshes with one token get
    /// exactly one new pair.
    func rotate(_ token: RefreshToken) async throws -> Rotation {
        let presented = try digest(of: token)
        // The successor is made before the transaction, to keep it short.
        let next = try RefreshToken.generate()
        let nextHash = try digest(of: next)
        let (time, lifetime, parts) = (currentTime, Int64(lifetime), parts)
        // The transaction returns its outcome rather than throwing: a throw
        // would roll back the family's revocation along with everything else.
        let outcome = try await parts.spendOnce(
            database, presented, time,
            { db in .rotated(userID: try parts.issueSuccessor(db, presented, nextHash, time, lifetime)) },
            { db in .refused(try parts.explainRefusal(db, presented, time)) })
        switch outcome {
        case .rotated(let userID): return Rotation(userID: userID, next: next)
        case .refused(let error): throw error
        }
    }

    /// Spends the token whose digest is `digest` if it is unspent, unrevoked
    /// and unexpired at `time`, then runs `ifSpent` when this call spent it
    /// and `otherwise` when it did not, all in one write transaction.
    ///
    /// The spend is one conditional `UPDATE`, and `changesCount` says
    /// whether it changed the row. Nothing is read first and written later,
    /// so no other request can slip in between a check and a write.
    static func spendOnce<Outcome: Sendable>(
        _ digest: Data, at time: Int64, in database: any DatabaseWriter,
        ifSpent: @escaping @Sendable (Database) throws -> Outcome,
        otherwise: @escaping @Sendable (Database) throws -> Outcome
    ) async throws -> Outcome {
        try await database.write { db in
            try db.execute(
                sql: """
                    UPDATE refresh_token SET spent_at = ?
                    WHERE hash = ? AND spent_at IS NULL AND revoked_at IS NULL AND expires_at > ?
                    """,
                arguments: [time, digest, time])
            let spentHere = db.changesCount == 1
            return spentHere ? try ifSpent(db) : try otherwise(db)
        }
    }

    /// Inserts the successor of `parent`, which was just spent: the same
    /// user and family, `parent` as its parent, and a full `lifetime` from
    /// `time`. Returns the user's id.
    static func issueSuccessor(of parent: Data, digest: Data, at time: Int64, lifetime: Int64, in db: Database) throws -> Int64 {
        guard let row = try RefreshTokenRecord.fetchOne(db, key: parent) else { throw RefreshTokenError.invalid }
        let successor = RefreshTokenRecord(
            hash: digest, userID: row.userID, family: row.family, parent: parent,
            issuedAt: time, expiresAt: time + lifetime, spentAt: nil, revokedAt: nil)
        try successor.insert(db)
        return row.userID
    }

    /// Says why the token whose digest is `digest` could not be spent at
    /// `time`, revoking its whole family when it had been spent already.
    static func refusal(of digest: Data, at time: Int64, in db: Database) throws -> RefreshTokenError {
        guard let row = try RefreshTokenRecord.fetchOne(db, key: digest) else { return .invalid }
        if row.spentAt != nil {
            // A spent token came back: the thief or the client has a copy.
            // Nobody can tell which, so the whole family goes.
            try db.execute(
                sql: "UPDATE refresh_token SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL",
                arguments: [time, row.family])
            return .reuseDetected(userID: row.userID, family: row.family)
        }
        return row.revokedAt != nil ? .invalid : .expired
    }
}
