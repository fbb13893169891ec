// The users of a chapter's server, in SQLite through GRDB.
import GRDB

/// The users of a chapter's server, kept in a real SQLite database.
///
/// With a path the database is a file that survives restarts; without one
/// it lives in memory for one run. Either way it is created and seeded with
/// the ``DemoUser``s on first use, passwords stored only as bcrypt hashes.
///
/// ```swift
/// let store = try await UserStore.open(path: nil, bcryptCost: PasswordHasher.defaultCost)
/// let john = try await store.user(id: 1)
/// print(john?.username ?? "nobody") // Prints "john_doe".
/// ```
public struct UserStore: Sendable {
    private let database: DatabaseQueue
    private let cache: UserCache

    /// The database file, or `nil` for an in-memory database.
    public let path: String?

    /// The users' database, for a chapter that keeps tables of its own beside
    /// the users, as chapter 5 keeps its refresh tokens: the same file with
    /// a path, the same in-memory database without one, and one connection
    /// either way, so the chapter's writes and the users' reads never wait
    /// on another connection's lock.
    ///
    /// ```swift
    /// let count = try await store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user") }
    /// print(count ?? 0) // Prints "2".
    /// ```
    public var writer: any DatabaseWriter { database }

    private init(database: DatabaseQueue, path: String?) {
        self.database = database
        self.cache = UserCache(watching: database)
        self.path = path
    }

    /// Opens (or creates) the database at `path`, or an in-memory one, and
    /// runs the migrations that have not run yet, seeding the demo users
    /// with bcrypt hashes of cost `bcryptCost`.
    public static func open(path: String?, bcryptCost: UInt8) async throws(WebError) -> UserStore {
        let database: DatabaseQueue
        do {
            database = try path.map { try DatabaseQueue(path: $0) } ?? DatabaseQueue()
        } catch {
            throw .invalidConfiguration("Cannot open the database at \(path ?? "(memory)"): \(error)")
        }
        let migrator = migrator(bcryptCost: bcryptCost)
        do {
            // GRDB runs the migrations, and so the slow bcrypt hashing of the
            // seed, on its own queue rather than on Swift's async executor.
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                migrator.asyncMigrate(database) { result in
                    continuation.resume(with: result.map { _ in () })
                }
            }
        } catch {
            throw .invalidConfiguration("Cannot prepare the database at \(path ?? "(memory)"): \(error)")
        }
        return UserStore(database: database, path: path)
    }

    /// Returns the user with this id, or `nil`.
    ///
    /// Servers call this on every request with a valid token. It answers
    /// from memory when it can (see ``UserCache``): any write to the user
    /// table through this store empties the cache at once, and an entry is
    /// read again from SQLite after five seconds at the most.
    public func user(id: Int64) async throws -> User? {
        try await cache.user(id: id) {
            try await database.read { db in try UserRecord.fetchOne(db, key: id)?.user }
        }
    }

    /// Returns every user, in id order.
    public func allUsers() async throws -> [User] {
        try await database.read { db in
            try UserRecord.order(Column("id")).fetchAll(db).compactMap(\.user)
        }
    }

    /// Returns the stored row for `username`, password hash included, or
    /// `nil`. Only the credential check calls this.
    func record(username: String) async throws -> UserRecord? {
        try await database.read { db in
            try UserRecord.filter(Column("username") == username).fetchOne(db)
        }
    }
}
