// The row of the `user` table, the only type that holds a password hash.
import GRDB

/// One row of the `user` table.
///
/// It stays inside WebSupport: chapters get a ``User`` (no hash) from
/// ``UserStore``, and only the credential check reads `passwordHash`.
struct UserRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "user"

    var id: Int64
    var username: String
    var passwordHash: String
    var role: String

    enum CodingKeys: String, CodingKey {
        case id
        case username
        case passwordHash = "password_hash"
        case role
    }

    /// The user without the hash, or `nil` when the stored role is unknown.
    var user: User? {
        Role(rawValue: role).map { User(id: id, username: username, role: $0) }
    }
}
