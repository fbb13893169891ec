// The SQLite user store: schema, seed, and reopening a file.
import Foundation
import Testing

@testable import WebSupport

@Suite("User store")
struct UserStoreTests {
    @Test("A new database holds the two demo users")
    func newDatabaseHoldsDemoUsers() async throws {
        let store = try await UserStore.open(path: nil, bcryptCost: PasswordHasher.testingCost)
        let users = try await store.allUsers()
        #expect(users == [DemoUser.john.user, DemoUser.jane.user])
    }

    @Test("Passwords are stored only as bcrypt hashes")
    func passwordsAreHashed() async throws {
        let store = try await UserStore.open(path: nil, bcryptCost: PasswordHasher.testingCost)
        for demo in DemoUser.all {
            let record = try await store.record(username: demo.user.username)
            let hash = record?.passwordHash ?? ""
            #expect(hash.hasPrefix("$2b$04$"))
            #expect(!hash.contains(demo.password))
        }
    }

    @Test("A user is found by id, and an unknown id gives nil")
    func userById() async throws {
        let store = try await UserStore.open(path: nil, bcryptCost: PasswordHasher.testingCost)
        let jane = try await store.user(id: 2)
        let nobody = try await store.user(id: 99)
        #expect(jane == DemoUser.jane.user)
        #expect(nobody == nil)
    }

    @Test("A database file is seeded once and keeps its hashes when reopened")
    func fileIsSeededOnce() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("users-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try await UserStore.open(path: path, bcryptCost: PasswordHasher.testingCost)
        let hashBefore = try await first.record(username: "john_doe")?.passwordHash
        let second = try await UserStore.open(path: path, bcryptCost: PasswordHasher.testingCost)
        let hashAfter = try await second.record(username: "john_doe")?.passwordHash
        let users = try await second.allUsers()
        #expect(hashBefore != nil)
        #expect(hashBefore == hashAfter)
        #expect(users.count == 2)
        #expect(second.path == path)
    }

    @Test("The writer is the users' own database: what a chapter writes there, the store reads")
    func writerIsTheUsersDatabase() async throws {
        let store = try await UserStore.open(path: nil, bcryptCost: PasswordHasher.testingCost)
        try await store.writer.write { db in
            try db.execute(sql: "INSERT INTO user (id, username, password_hash, role) VALUES (3, 'extra', 'x', 'user')")
        }
        let extra = try await store.user(id: 3)
        #expect(extra == User(id: 3, username: "extra", role: .user))
    }

    @Test("A chapter's table written through the writer is in the users' file when it is reopened")
    func writerWritesTheUsersFile() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("users-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try await UserStore.open(path: path, bcryptCost: PasswordHasher.testingCost)
        try await first.writer.write { db in
            try db.execute(sql: "CREATE TABLE note (text TEXT NOT NULL)")
            try db.execute(sql: "INSERT INTO note (text) VALUES ('kept')")
        }
        let second = try await UserStore.open(path: path, bcryptCost: PasswordHasher.testingCost)
        let notes = try await second.writer.read { db in try String.fetchAll(db, sql: "SELECT text FROM note") }
        #expect(notes == ["kept"])
    }

    @Test("A database path that cannot be opened is a configuration error")
    func badPathIsAConfigurationError() async {
        await #expect(throws: WebError.self) {
            try await UserStore.open(path: "/nonexistent-folder/users.sqlite", bcryptCost: PasswordHasher.testingCost)
        }
    }
}
