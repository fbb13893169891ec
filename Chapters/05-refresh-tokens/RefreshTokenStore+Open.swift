// Opening the refresh-token table in the users' SQLite file, or in memory.
import Foundation
import GRDB
import WebSupport

extension RefreshTokenStore {
    /// Opens the store in the SQLite file at `path`, the file that holds the
    /// users, or in a database in memory when `path` is `nil`.
    ///
    /// WebSupport's `UserStore` keeps its database connection private, so
    /// this opens a second connection to the same file. It switches the
    /// file to write-ahead logging, in which readers never wait for a writer
    /// and a writer never waits for readers, so the user store's reads and
    /// this store's writes cannot block each other. A second server on the
    /// same file waits up to five seconds for the write lock rather than
    /// failing. In memory there is no file to share: the users and the
    /// tokens then live in two separate in-memory databases for one run,
    /// which nothing can tell apart, since no query joins the two tables.
    static func open(
        path: String?, lifetime: Int, now: @escaping @Sendable () -> Date = { Date() }
    ) async throws(WebError) -> RefreshTokenStore {
        let database: DatabaseQueue
        do {
            if let path {
                var configuration = Configuration()
                configuration.journalMode = .wal
                configuration.busyMode = .timeout(5)
                database = try DatabaseQueue(path: path, configuration: configuration)
            } else {
                database = try DatabaseQueue()
            }
        } catch {
            throw .invalidConfiguration("Cannot open the refresh-token database at \(path ?? "(memory)"): \(error)")
        }
        return try await RefreshTokenStore(database: database, lifetime: lifetime, now: now)
    }
}
