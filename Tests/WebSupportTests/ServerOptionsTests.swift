// The command-line options every server chapter takes.
import ArgumentParser
import Testing

@testable import WebSupport

@Suite("Server options")
struct ServerOptionsTests {
    @Test("The defaults listen on 127.0.0.1:8080 in memory with 15-minute tokens")
    func defaults() throws {
        let options = try ServerOptions.parse([])
        #expect(options.host == "127.0.0.1")
        #expect(options.port == 8080)
        #expect(options.database == nil)
        #expect(options.accessTTL == 900)
        #expect(options.demo == false)
    }

    @Test("Every option is read")
    func everyOptionIsRead() throws {
        let options = try ServerOptions.parse([
            "--host", "0.0.0.0", "--port", "0", "--database", "users.sqlite", "--access-ttl", "60", "--demo",
        ])
        #expect(options.host == "0.0.0.0")
        #expect(options.port == 0)
        #expect(options.database == "users.sqlite")
        #expect(options.accessTTL == 60)
        #expect(options.demo)
    }

    @Test(
        "Out-of-range values are refused",
        arguments: [["--port", "70000"], ["--port", "-1"], ["--access-ttl", "0"], ["--access-ttl", "100000"], ["--host", ""]])
    func outOfRangeIsRefused(arguments: [String]) {
        #expect(throws: (any Error).self) { try ServerOptions.parse(arguments) }
    }
}
