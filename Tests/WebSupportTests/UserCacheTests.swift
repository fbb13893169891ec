// The user cache: a lookup served from memory, forgotten on any write to the user table or when it is old.
import Foundation
import GRDB
import Synchronization
import Testing

@testable import WebSupport

@Suite("User cache")
struct UserCacheTests {
    /// Counts how often the cache had to load, and answers as the database would.
    final class Loads: Sendable {
        let count = Mutex(0)
        func load(_ user: User?) -> User? {
            count.withLock { $0 += 1 }
            return user
        }
    }

    /// A clock in nanoseconds that moves only when a test moves it.
    final class ManualClock: Sendable {
        let nanoseconds = Mutex<UInt64>(1_000)
        func advance(by amount: UInt64) { nanoseconds.withLock { $0 += amount } }
    }

    static func emptyDatabase() throws -> DatabaseQueue {
        let database = try DatabaseQueue()
        try database.write { db in try db.execute(sql: "CREATE TABLE user (id INTEGER PRIMARY KEY, username TEXT)") }
        return database
    }

    @Test("A second lookup of the same user is answered from memory")
    func secondLookupIsCached() async throws {
        let cache = UserCache(watching: try Self.emptyDatabase())
        let loads = Loads()
        let john = DemoUser.john.user
        let first = try await cache.user(id: 1) { loads.load(john) }
        let second = try await cache.user(id: 1) { loads.load(john) }
        #expect(first == john && second == john)
        #expect(loads.count.withLock { $0 } == 1)
    }

    @Test("A user that does not exist is not remembered: the next lookup asks again")
    func missesAreNotCached() async throws {
        let cache = UserCache(watching: try Self.emptyDatabase())
        let loads = Loads()
        _ = try await cache.user(id: 9) { loads.load(nil) }
        _ = try await cache.user(id: 9) { loads.load(nil) }
        #expect(loads.count.withLock { $0 } == 2)
    }

    @Test("Any write to the user table empties the cache before the write returns")
    func writeEmptiesCache() async throws {
        let database = try Self.emptyDatabase()
        let cache = UserCache(watching: database)
        let loads = Loads()
        _ = try await cache.user(id: 1) { loads.load(DemoUser.john.user) }
        try await database.write { db in try db.execute(sql: "INSERT INTO user (id, username) VALUES (3, 'someone')") }
        _ = try await cache.user(id: 1) { loads.load(DemoUser.john.user) }
        #expect(loads.count.withLock { $0 } == 2)
    }

    @Test("A write to another table leaves the cache alone")
    func otherTablesDoNotMatter() async throws {
        let database = try Self.emptyDatabase()
        try await database.write { db in try db.execute(sql: "CREATE TABLE note (id INTEGER PRIMARY KEY)") }
        let cache = UserCache(watching: database)
        let loads = Loads()
        _ = try await cache.user(id: 1) { loads.load(DemoUser.john.user) }
        try await database.write { db in try db.execute(sql: "INSERT INTO note (id) VALUES (1)") }
        _ = try await cache.user(id: 1) { loads.load(DemoUser.john.user) }
        #expect(loads.count.withLock { $0 } == 1)
    }

    @Test("An entry older than its lifetime is read again")
    func oldEntriesAreReadAgain() async throws {
        let clock = ManualClock()
        let cache = UserCache(watching: try Self.emptyDatabase(), lifetime: 100, now: { clock.nanoseconds.withLock { $0 } })
        let loads = Loads()
        _ = try await cache.user(id: 1) { loads.load(DemoUser.john.user) }
        clock.advance(by: 99)
        _ = try await cache.user(id: 1) { loads.load(DemoUser.john.user) }
        #expect(loads.count.withLock { $0 } == 1)
        clock.advance(by: 1)
        _ = try await cache.user(id: 1) { loads.load(DemoUser.john.user) }
        #expect(loads.count.withLock { $0 } == 2)
    }

    @Test("An entry stored by a request that read the clock later is fresh, not a crash")
    func entryNewerThanTheClock() async throws {
        let clock = ManualClock()
        let cache = UserCache(watching: try Self.emptyDatabase(), lifetime: 100, now: { clock.nanoseconds.withLock { $0 } })
        let loads = Loads()
        _ = try await cache.user(id: 1) { loads.load(DemoUser.john.user) }
        // This request's clock reading is older than the entry, as when another request
        // read the clock later but stored its entry first.
        clock.nanoseconds.withLock { $0 -= 50 }
        #expect(try await cache.user(id: 1) { loads.load(DemoUser.john.user) } == DemoUser.john.user)
        #expect(loads.count.withLock { $0 } == 1)
    }

    @Test("An answer loaded while the table changed is returned but not kept")
    func racingLoadIsNotKept() async throws {
        let database = try Self.emptyDatabase()
        let cache = UserCache(watching: database)
        let loads = Loads()
        try await database.write { db in try db.execute(sql: "INSERT INTO user (id, username) VALUES (1, 'john_doe')") }
        // The write lands between the cache's look and its store, as a concurrent request's would.
        let raced = try await cache.user(id: 1) {
            try await database.write { db in try db.execute(sql: "UPDATE user SET username = 'renamed' WHERE id = 1") }
            return loads.load(DemoUser.john.user)
        }
        #expect(raced == DemoUser.john.user)
        _ = try await cache.user(id: 1) { loads.load(DemoUser.john.user) }
        #expect(loads.count.withLock { $0 } == 2)
    }

    @Test("Through the store: a user deleted through its writer is gone for the very next lookup")
    func storeSeesDeleteAtOnce() async throws {
        let store = try await UserStore.open(path: nil, bcryptCost: PasswordHasher.testingCost)
        #expect(try await store.user(id: 1)?.username == "john_doe")
        try await store.writer.write { db in try db.execute(sql: "DELETE FROM user WHERE id = 1") }
        #expect(try await store.user(id: 1) == nil)
        #expect(try await store.user(id: 2)?.username == "jane_admin")
    }
}
