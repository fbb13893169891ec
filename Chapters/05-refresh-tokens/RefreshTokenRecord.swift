// One row of the `refresh_token` table: a token's digest and its whole history.
import Foundation
import GRDB

/// One row of the `refresh_token` table.
///
/// Times are whole seconds since 1970, so SQL can compare them directly.
/// A row is never updated except to set `spent_at` (once, when it is traded
/// for a new pair) or `revoked_at` (once, when its family is revoked).
struct RefreshTokenRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "refresh_token"

    /// The token's digest from ``RefreshTokenHasher``, never the token.
    var hash: Data
    var userID: Int64
    /// The random id shared by every token that descends from one login.
    var family: String
    /// The digest of the token this one replaced; `nil` for a login's first token.
    var parent: Data?
    var issuedAt: Int64
    var expiresAt: Int64
    /// When the token was traded for a new pair; a second use after this is reuse.
    var spentAt: Int64?
    /// When the token's family was revoked, by a logout or by reuse detection.
    var revokedAt: Int64?

    enum CodingKeys: String, CodingKey {
        case hash
        case userID = "user_id"
        case family
        case parent
        case issuedAt = "issued_at"
        case expiresAt = "expires_at"
        case spentAt = "spent_at"
        case revokedAt = "revoked_at"
    }
}
