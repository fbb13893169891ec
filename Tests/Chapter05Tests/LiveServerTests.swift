// Chapter 5 over a real socket: fifty simultaneous refreshes on fifty connections, and the --demo steps.
import Foundation
import Hummingbird
import HummingbirdTesting
import ServerTestSupport
import Synchronization
import Testing
import WebSupport

@testable import Chapter05

@Suite("Chapter 5: live server")
struct LiveServerTests {
    @Test("Over real sockets, fifty simultaneous refreshes of one token get exactly one 200")
    func fiftyLiveRefreshes() async throws {
        let app = buildApplication(services: try await Fixture.services(), settings: ServerSettings(logLevel: .error))
        let result = try await app.test(.live) { client in
            let login = try await client.login()
            let port = try #require(client.port)
            // Each refresh gets its own connection, so the server really handles them at once.
            return try await race(50, token: login.refreshToken) { token in
                try await TestClient.withClient(host: "127.0.0.1", port: port) { connection in
                    let request = TestClient.Request(
                        "/refresh", method: .post, authority: "localhost", headers: [.contentType: "application/json"],
                        body: ByteBuffer(string: #"{"refresh_token":"\#(token)"}"#))
                    let response = try await connection.execute(request)
                    return Answer(status: response.status, headers: response.headers, body: String(buffer: response.body ?? ByteBuffer()))
                }
            }
        }
        #expect(result.successes == 1)
        #expect(result.reuses == 49)
    }

    @Test("Over a real socket, the demo gets every expected answer")
    func demoGetsEveryExpectedAnswer() async throws {
        let services = try await RefreshServices.make(
            databasePath: nil, key: Fixture.key(), bcryptCost: PasswordHasher.testingCost)
        let steps = await refreshTokenDemo(services: services)
        let app = buildApplication(services: services, settings: ServerSettings(logLevel: .error))
        let (failures, lines) = try await app.test(.live) { client in
            let printed = PrintedLines()
            let runner = DemoRunner(baseURL: "http://localhost:\(client.port ?? 0)") { printed.append($0) }
            return (await runner.run(steps), printed.all)
        }
        #expect(failures == 0)
        #expect(lines.contains { $0.contains(Refusal.reuse) })
        #expect(lines.contains { $0.contains(Refusal.expired) })
    }
}

/// Lines the demo runner printed, collected from its tasks.
final class PrintedLines: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ new: [String]) { lines.withLock { $0 += new } }
    var all: [String] { lines.withLock { $0 } }
}
