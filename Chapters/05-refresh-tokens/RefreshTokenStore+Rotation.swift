// Trading a refresh token for a new one: the atomic spend, and reuse detection.
import Foundation
import GRDB

/// A successful rotation: whose token it was, and the token that replaces it.
struct Rotation: Sendable {
    let userID: Int64
    let next: RefreshToken
}

extension RefreshTokenStore {
    /// Spends `token` and returns its successor in the same family, or
    /// throws a ``RefreshTokenError`` that says why not (RFC 9700 §4.14.2).
    ///
    /// The spend is one conditional `UPDATE` inside one write transaction.
    /// SQLite runs it for one request at a time, and only the request whose
    /// `UPDATE` changed the row may go on, so fifty simultaneous refreshes
    /// with one token get exactly one new pair. Nothing is read first and
    /// written later, so there is no window for a race.
    func rotate(_ token: RefreshToken) async throws -> Rotation {
        let presented = try digest(of: token)
        // The successor is made before the transaction, to keep it short.
        let next = try RefreshToken.generate()
        let nextHash = try digest(of: next)
        let (time, lifetime) = (currentTime, Int64(lifetime))
        // The transaction returns its outcome rather than throwing: a throw
        // would roll back the family's revocation along with everything else.
        let outcome = try await write { db -> Outcome in
            try db.execute(
                sql: """
                    UPDATE refresh_token SET spent_at = ?
                    WHERE hash = ? AND spent_at IS NULL AND revoked_at IS NULL AND expires_at > ?
                    """,
                arguments: [time, presented, time])
            let spentHere = db.changesCount == 1
            guard let row = try RefreshTokenRecord.fetchOne(db, key: presented) else { return .refused(.invalid) }
            if spentHere {
                let successor = RefreshTokenRecord(
                    hash: nextHash, userID: row.userID, family: row.family, parent: presented,
                    issuedAt: time, expiresAt: time + lifetime, spentAt: nil, revokedAt: nil)
                try successor.insert(db)
                return .rotated(userID: row.userID)
            }
            if row.spentAt != nil {
                // A spent token came back: the thief or the client has a copy.
                // Nobody can tell which, so the whole family goes.
                try db.execute(
                    sql: "UPDATE refresh_token SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL",
                    arguments: [time, row.family])
                return .refused(.reuseDetected(userID: row.userID, family: row.family))
            }
            return .refused(row.revokedAt != nil ? .invalid : .expired)
        }
        switch outcome {
        case .rotated(let userID): return Rotation(userID: userID, next: next)
        case .refused(let error): throw error
        }
    }

    /// What the rotation transaction decided.
    private enum Outcome: Sendable {
        case rotated(userID: Int64)
        case refused(RefreshTokenError)
    }
}
