// What the server logs: a reuse detection is logged, and no token ever is.
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing
import WebSupport

@testable import Chapter05

@Suite("Chapter 5: logging")
struct LoggingTests {
    @Test("A reuse detection logs a warning with the user and the family, and no log line holds a token")
    func reuseIsLoggedWithoutTokens() async throws {
        let collected = CollectedLog()
        var settings = ServerSettings(logLevel: .trace)
        settings.logger = Logger(label: "chapter05-tests") { _ in CollectingLogHandler(log: collected) }
        let app = buildApplication(services: try await Fixture.services(), settings: settings)
        let tokens = try await app.test(.router) { client in
            let login = try await client.login()
            let rotated = try await client.refresh(login.refreshToken).pair()
            _ = try await client.refresh(login.refreshToken)
            _ = try await client.profile(rotated.accessToken)
            _ = try await client.logoutAll(rotated.accessToken)
            return [login.accessToken, login.refreshToken, rotated.accessToken, rotated.refreshToken]
        }
        let lines = collected.lines
        #expect(lines.contains { $0.hasPrefix("warning Refresh token reuse detected") && $0.contains("user_id=1") })
        for token in tokens {
            #expect(!lines.contains { $0.contains(token) })
        }
    }
}

/// Log lines gathered from every task that logs.
final class CollectedLog: Sendable {
    private let storage = Mutex<[String]>([])

    func append(_ line: String) { storage.withLock { $0.append(line) } }
    var lines: [String] { storage.withLock { $0 } }
}

/// A log handler that writes each message, with its metadata, into a ``CollectedLog``.
struct CollectingLogHandler: LogHandler {
    let log: CollectedLog
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        log.append("\(event.level) \(event.message) \(fields)")
    }
}
