// The command-line options: the shared ones, plus --refresh-ttl.
import Testing
import WebSupport

@testable import Chapter05

@Suite("Chapter 5: options")
struct OptionsTests {
    @Test("Without flags: 127.0.0.1:8080, 900 s access tokens, 14-day refresh tokens")
    func defaults() throws {
        let options = try RefreshTokenOptions.parse([])
        #expect(options.server.host == "127.0.0.1")
        #expect(options.server.port == 8080)
        #expect(options.server.accessTTL == 900)
        #expect(options.refreshTTL == 1_209_600)
        #expect(options.server.database == nil)
        #expect(options.server.demo == false)
    }

    @Test("Every flag is read")
    func everyFlag() throws {
        let options = try RefreshTokenOptions.parse([
            "--host", "0.0.0.0", "--port", "0", "--database", "/tmp/x.sqlite", "--access-ttl", "60",
            "--refresh-ttl", "120", "--demo",
        ])
        #expect(options.server.host == "0.0.0.0")
        #expect(options.server.port == 0)
        #expect(options.server.database == "/tmp/x.sqlite")
        #expect(options.server.accessTTL == 60)
        #expect(options.refreshTTL == 120)
        #expect(options.server.demo)
    }

    @Test(
        "Out-of-range values are refused, the shared ones included",
        arguments: [["--refresh-ttl", "0"], ["--refresh-ttl", "31536001"], ["--port", "70000"], ["--access-ttl", "0"]])
    func badValuesAreRefused(arguments: [String]) {
        #expect(throws: (any Error).self) { try RefreshTokenOptions.parse(arguments) }
    }
}
