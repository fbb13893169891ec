// Token state survives a restart on a real SQLite file, and long-expired rows are purged.
import Foundation
import GRDB
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter05

@Suite("Chapter 5: persistence and purging")
struct PersistenceTests {
    @Test("A stopped and restarted server on the same file keeps every token's state")
    func stateSurvivesRestart() async throws {
        let path = try Fixture.temporaryDatabasePath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        // The first run: three logins; one token rotated, one family logged out.
        let (spent, live, loggedOut) = try await withChapter5(try await Fixture.services(path: path)) { client in
            let rotated = try await client.login()
            let live = try await client.refresh(rotated.refreshToken).pair()
            let loggedOut = try await client.login()
            _ = try await client.refresh(loggedOut.refreshToken, at: "/logout")
            return (rotated.refreshToken, live.refreshToken, loggedOut.refreshToken)
        }
        // The second run: a new application and new connections on the same file.
        let (liveAnswer, spentAnswer, loggedOutAnswer) = try await withChapter5(try await Fixture.services(path: path)) { client in
            let liveAnswer = try await client.refresh(live)
            return (liveAnswer, try await client.refresh(spent), try await client.refresh(loggedOut))
        }
        #expect(liveAnswer.status == .ok)
        #expect(spentAnswer.body == Refusal.reuse)
        #expect(loggedOutAnswer.body == Refusal.invalid)
    }

    @Test("The users and the tokens share one file, which holds digests and never a token")
    func oneFileWithDigestsOnly() async throws {
        let path = try Fixture.temporaryDatabasePath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let login = try await withChapter5(try await Fixture.services(path: path)) { try await $0.login() }
        let database = try DatabaseQueue(path: path)
        let (tables, texts) = try await database.read { db in
            (
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                try String.fetchAll(db, sql: "SELECT CAST(hash AS TEXT) || family FROM refresh_token")
            )
        }
        #expect(tables.contains("user"))
        #expect(tables.contains("refresh_token"))
        #expect(!texts.contains { $0.contains(login.refreshToken.dropFirst(3)) })
        // The write-ahead log holds recent writes until they reach the main file, so read both.
        let files = try [path, path + "-wal"].filter { FileManager.default.fileExists(atPath: $0) }.map {
            try Data(contentsOf: URL(fileURLWithPath: $0))
        }
        let family = try #require(try await Fixture.services(path: path).row(of: login.refreshToken)).family
        #expect(files.contains { $0.range(of: Data(family.utf8)) != nil }, "The scan must see the row it looks in.")
        #expect(!files.contains { $0.range(of: Data(login.refreshToken.dropFirst(3).utf8)) != nil })
    }

    @Test("In memory too, the tokens live in the users' own database")
    func oneDatabaseInMemory() async throws {
        let services = try await Fixture.services()
        let login = try await withChapter5(services) { try await $0.login() }
        let (users, tokens) = try await services.users.writer.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM refresh_token")
            )
        }
        #expect(users == 2)
        #expect(tokens == 1)
        #expect(try await services.row(of: login.refreshToken) != nil)
    }

    @Test("Rows whose token expired more than the retention ago are purged at start-up and on login")
    func longExpiredRowsArePurged() async throws {
        let clock = TestClock()
        let path = try Fixture.temporaryDatabasePath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let services = try await Fixture.services(clock: clock, path: path, refreshTTL: 3600)
        let old = try await services.refreshTokens.startFamily(for: 1)
        // Just past expiry plus retention: still kept, so a late use reads as expired.
        clock.advance(by: TimeInterval(3600 + RefreshTokenStore.retention))
        let recent = try await services.refreshTokens.startFamily(for: 1)
        #expect(try await services.refreshTokens.record(of: old) != nil)
        let lateUse = try await withChapter5(services) { try await $0.refresh(old.text) }
        #expect(lateUse.body == Refusal.expired)
        // One second later a login purges it.
        clock.advance(by: 1)
        _ = try await services.refreshTokens.startFamily(for: 2)
        #expect(try await services.refreshTokens.record(of: old) == nil)
        #expect(try await services.refreshTokens.record(of: recent) != nil)
        // A restart far in the future purges the rest before serving anything.
        clock.advance(by: TimeInterval(3600 + RefreshTokenStore.retention + 1))
        let restarted = try await Fixture.services(clock: clock, path: path, refreshTTL: 3600)
        #expect(try await restarted.refreshTokens.record(of: recent) == nil)
        let unknown = try await withChapter5(restarted) { try await $0.refresh(recent.text) }
        #expect(unknown.body == Refusal.invalid)
    }

    @Test("Purging deletes exactly the long-expired rows and says how many")
    func purgeCounts() async throws {
        let clock = TestClock()
        let store = try await RefreshTokenStore(database: DatabaseQueue(), lifetime: 100, now: { clock.now })
        for _ in 0..<3 { _ = try await store.startFamily(for: 1) }
        clock.advance(by: 50)
        _ = try await store.startFamily(for: 1)
        clock.advance(by: TimeInterval(100 + RefreshTokenStore.retention - 49))
        #expect(try await store.purge() == 3)
        #expect(try await store.purge() == 0)
    }
}
