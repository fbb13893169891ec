// The users a server has looked up, kept in memory until the user table changes.
import Dispatch
import Foundation
import GRDB

/// Users by id, so that a request with a valid token does not read SQLite.
///
/// Every server chapter looks up the user of a valid token, so that a token
/// of a deleted user stops working. Reading SQLite on each request cost more
/// than half of a server's throughput (Benchmarks/README.md); this cache
/// keeps what the lookups found, under two rules:
///
/// - Any transaction that changes the `user` table through the store's
///   connection (the only connection the servers open) empties the cache
///   before the write returns, so a deleted user is gone for the very next
///   request.
/// - An entry lives at most ``lifetime``, so a change made by another
///   program, such as `sqlite3` on the database file, is seen within it.
///
/// A lookup that raced with a write never stores its possibly stale answer:
/// each write moves ``generation`` on, and an answer read under an older
/// generation is returned but not kept.
final class UserCache: @unchecked Sendable {
    // `@unchecked` because the mutable state is guarded by `lock`.
    /// How long an entry is trusted without a write to the user table, in nanoseconds.
    let lifetime: UInt64
    /// The time now, in nanoseconds on a clock that never goes back.
    private let now: @Sendable () -> UInt64

    private struct Entry {
        let user: User
        let storedAt: UInt64
    }

    private let lock = NSLock()
    private var entries: [Int64: Entry] = [:]
    private var generation = 0
    private var observation: AnyDatabaseCancellable?

    /// Starts watching `database`'s `user` table. Entries live `lifetime`
    /// nanoseconds (five seconds by default) on the clock `now`.
    init(
        watching database: any DatabaseWriter, lifetime: UInt64 = 5_000_000_000,
        now: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }
    ) {
        self.lifetime = lifetime
        self.now = now
        observation = DatabaseRegionObservation(tracking: Table("user")).start(
            in: database, onError: { [weak self] _ in self?.invalidate() }, onChange: { [weak self] _ in self?.invalidate() })
    }

    /// Returns the user with `id`, from memory when a fresh entry is there,
    /// otherwise from `load`, keeping what it found.
    func user(id: Int64, load: () async throws -> User?) async throws -> User? {
        let now = now()
        let (cached, generationBefore) = lock.withLock { (entries[id], generation) }
        // An entry stored by a request that read the clock after this one is fresh; the
        // subtraction is only done when it cannot go below zero.
        if let cached, now < cached.storedAt || now - cached.storedAt < lifetime {
            return cached.user
        }
        guard let user = try await load() else { return nil }
        lock.withLock {
            if generation == generationBefore { entries[id] = Entry(user: user, storedAt: now) }
        }
        return user
    }

    /// Forgets every user: the table changed.
    private func invalidate() {
        lock.withLock {
            entries.removeAll()
            generation += 1
        }
    }
}
