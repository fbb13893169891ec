// The server's refresh tokens, as digests in SQLite: issue, revoke, purge.
import Foundation
import GRDB
import JWTCore
import WebSupport

/// The refresh tokens the server has issued, kept as digests in a SQLite
/// table with each token's family, parent, and issue, expiry, spend and
/// revocation times.
///
/// Every change is one SQL statement or one write transaction, so two
/// requests can never both act on what they read before the other wrote.
/// The clock is injected: tests move it instead of sleeping.
///
/// ```swift
/// let store = try await RefreshTokenStore(database: users.writer, lifetime: 1_209_600)
/// let token = try await store.startFamily(for: 1)
/// let rotation = try await store.rotate(token)
/// print(rotation.userID) // Prints "1".
/// ```
struct RefreshTokenStore: Sendable {
    /// How long a refresh token lives by default: 14 days, in seconds.
    static let defaultLifetime = 14 * 86_400

    /// How long a row is kept after its token expires, in seconds. Until
    /// then a late use still reads as "expired" or as reuse, not as unknown.
    static let retention = 7 * 86_400

    /// How long a refresh token lives, in seconds.
    let lifetime: Int

    /// The database that holds the `refresh_token` table.
    let database: any DatabaseWriter
    /// The operations that the exercises replace; the chapter's own by default.
    let parts: RefreshTokenParts
    private let hasher: RefreshTokenHasher
    private let now: @Sendable () -> Date

    /// Opens the store on `database`, the users' database in the chapter:
    /// creates the table if needed, then purges long-expired rows.
    init(
        database: any DatabaseWriter, lifetime: Int, parts: RefreshTokenParts = RefreshTokenParts(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) async throws(WebError) {
        guard lifetime > 0 else { throw .invalidConfiguration("The refresh-token lifetime must be at least 1 second") }
        self.database = database
        self.parts = parts
        self.lifetime = lifetime
        self.hasher = try RefreshTokenHasher()
        self.now = now
        do {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                Self.migrator.asyncMigrate(database) { result in continuation.resume(with: result.map { _ in () }) }
            }
            _ = try await purge()
        } catch {
            throw .invalidConfiguration("Cannot prepare the refresh-token table: \(error)")
        }
    }

    /// The time now, in whole seconds since 1970.
    var currentTime: Int64 { Int64(now().timeIntervalSince1970.rounded(.down)) }

    /// Starts a new family for a login and returns its first token.
    ///
    /// Every login is a good moment to purge, so the table never grows
    /// without bound. `issuedAt` defaults to now; the demo passes an old
    /// time to make a token that has already expired.
    func startFamily(for userID: Int64, issuedAt: Date? = nil) async throws -> RefreshToken {
        let token = try RefreshToken.generate()
        let issued = issuedAt.map { Int64($0.timeIntervalSince1970.rounded(.down)) } ?? currentTime
        let record = RefreshTokenRecord(
            hash: try hasher.digest(of: token), userID: userID,
            family: Base64URL.encode(try JWTKey.randomBytes(count: 16)), parent: nil,
            issuedAt: issued, expiresAt: issued + Int64(lifetime), spentAt: nil, revokedAt: nil)
        try await database.write { db in try record.insert(db) }
        _ = try await purge()
        return token
    }

    /// Revokes the family `token` belongs to, and returns how many tokens
    /// that revoked; an unknown token revokes nothing.
    @discardableResult
    func revokeFamily(of token: RefreshToken) async throws -> Int {
        let (hash, time, revoke) = (try hasher.digest(of: token), currentTime, parts.revokeFamily)
        return try await database.write { db in try revoke(db, hash, time) }
    }

    /// Revokes every family of the user, and returns how many tokens that revoked.
    @discardableResult
    func revokeAllFamilies(ofUser userID: Int64) async throws -> Int {
        let (time, revoke) = (currentTime, parts.revokeAllFamilies)
        return try await database.write { db in try revoke(db, userID, time) }
    }

    /// Revokes, at `time`, every token still unrevoked in the family of the
    /// token whose digest is `digest`; an unknown digest revokes nothing.
    static func revokeFamily(of digest: Data, at time: Int64, in db: Database) throws -> Int {
        try db.execute(
            sql: """
                UPDATE refresh_token SET revoked_at = ?
                WHERE revoked_at IS NULL AND family = (SELECT family FROM refresh_token WHERE hash = ?)
                """,
            arguments: [time, digest])
        return db.changesCount
    }

    /// Revokes, at `time`, every token of the user that is still unrevoked.
    static func revokeAllFamilies(ofUser userID: Int64, at time: Int64, in db: Database) throws -> Int {
        try db.execute(
            sql: "UPDATE refresh_token SET revoked_at = ? WHERE revoked_at IS NULL AND user_id = ?",
            arguments: [time, userID])
        return db.changesCount
    }

    /// Deletes the rows whose token expired more than ``retention`` seconds
    /// ago, and returns how many it deleted.
    @discardableResult
    func purge() async throws -> Int {
        let cutoff = currentTime - Int64(Self.retention)
        return try await database.write { db in
            try db.execute(sql: "DELETE FROM refresh_token WHERE expires_at < ?", arguments: [cutoff])
            return db.changesCount
        }
    }

    /// Returns the stored row of `token`, or `nil`: what the server knows
    /// about it, for tests and for the curious.
    func record(of token: RefreshToken) async throws -> RefreshTokenRecord? {
        let hash = try hasher.digest(of: token)
        return try await database.read { db in try RefreshTokenRecord.fetchOne(db, key: hash) }
    }

    /// The digest of `token`, for code in this store's extensions.
    func digest(of token: RefreshToken) throws(JWTError) -> Data {
        try hasher.digest(of: token)
    }
}
