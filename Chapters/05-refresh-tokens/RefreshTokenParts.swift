// The parts of chapter 5's refresh-token store that its exercises ask you to write, with the chapter's own as defaults.
import Foundation
import GRDB

/// Inserts the successor of the token whose digest is `parent`, just spent,
/// in the same transaction, and returns the user id they share.
typealias IssueSuccessor =
    @Sendable (
        _ db: Database, _ parent: Data, _ successor: Data, _ time: Int64, _ lifetime: Int64
    ) throws -> Int64

/// Says why a token that could not be spent is refused, revoking its family
/// when it had been spent already.
typealias ExplainRefusal = @Sendable (_ db: Database, _ digest: Data, _ time: Int64) throws -> RefreshTokenError

/// Revokes the family of the token whose digest is given, and returns how
/// many tokens that revoked.
typealias RevokeFamily = @Sendable (_ db: Database, _ digest: Data, _ time: Int64) throws -> Int

/// Revokes every family of a user, and returns how many tokens that revoked.
typealias RevokeAllFamilies = @Sendable (_ db: Database, _ userID: Int64, _ time: Int64) throws -> Int

/// Spends a token in one write transaction of its own, then runs `ifSpent`
/// or `otherwise` in that same transaction and returns what it returns.
typealias SpendOnce =
    @Sendable (
        _ database: any DatabaseWriter, _ digest: Data, _ time: Int64,
        _ ifSpent: @escaping @Sendable (Database) throws -> RotationOutcome,
        _ otherwise: @escaping @Sendable (Database) throws -> RotationOutcome
    ) async throws -> RotationOutcome

/// The store operations that the chapter's exercises ask you to write.
///
/// ``RefreshTokenStore`` runs the chapter's own. The exercise tests build
/// the services with one of yours, through
/// ``RefreshServices/make(databasePath:key:accessTTL:refreshTTL:bcryptCost:parts:now:)``,
/// and send real requests to the chapter's router: your code then runs on
/// the real `refresh_token` table, inside the store's transactions.
///
/// ```swift
/// var parts = RefreshTokenParts()
/// parts.revokeFamily = { db, digest, time in 0 }  // A logout that revokes nothing.
/// let services = try await RefreshServices.make(databasePath: nil, key: key, parts: parts)
/// ```
struct RefreshTokenParts: Sendable {
    /// Makes the successor of a spent token (exercise 5.1).
    var issueSuccessor: IssueSuccessor = { db, parent, successor, time, lifetime in
        try RefreshTokenStore.issueSuccessor(of: parent, digest: successor, at: time, lifetime: lifetime, in: db)
    }
    /// Explains a refusal, and revokes the family on reuse (exercise 5.2).
    var explainRefusal: ExplainRefusal = { db, digest, time in try RefreshTokenStore.refusal(of: digest, at: time, in: db) }
    /// Revokes one family, for `POST /logout` (exercise 5.3).
    var revokeFamily: RevokeFamily = { db, digest, time in try RefreshTokenStore.revokeFamily(of: digest, at: time, in: db) }
    /// Revokes every family of a user, for `POST /logout-all` (exercise 5.3).
    var revokeAllFamilies: RevokeAllFamilies = { db, userID, time in
        try RefreshTokenStore.revokeAllFamilies(ofUser: userID, at: time, in: db)
    }
    /// Spends a token exactly once (exercise 5.4).
    var spendOnce: SpendOnce = { database, digest, time, ifSpent, otherwise in
        try await RefreshTokenStore.spendOnce(digest, at: time, in: database, ifSpent: ifSpent, otherwise: otherwise)
    }
}
