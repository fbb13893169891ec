// The command-line options every server chapter takes.
import ArgumentParser

/// The options of every server chapter: where to listen, where to keep the
/// users, how long tokens live, and whether to run the demo.
///
/// ```swift
/// let options = ServerOptions.parseOrExit()
/// print(options.port) // Prints "8080" when no --port is given.
/// ```
public struct ServerOptions: ParsableCommand {
    /// Help and error messages name the chapter's executable, such as
    /// `flask-style-login`, rather than this type.
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: CommandLine.arguments.first.map { String($0.split(separator: "/").last ?? "server") },
            abstract: "A chapter of the JWT authentication workbook, served over HTTP.",
            discussion: "Set JWT_SECRET (at least 32 bytes) to sign tokens with your own secret.")
    }

    @Option(help: "The address to listen on. Keep 127.0.0.1 unless you mean to expose the server.")
    public var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    public var port = 8080

    @Option(help: ArgumentHelp("A SQLite file to keep the users in. Without it they live in memory.", valueName: "path"))
    public var database: String?

    @Option(
        name: .customLong("access-ttl"),
        help: ArgumentHelp("How long an access token is valid, in seconds.", valueName: "seconds"))
    public var accessTTL = 900

    @Flag(help: "Start on a free port, send the chapter's requests to it, print each request and response, and exit.")
    public var demo = false

    public init() {}

    public mutating func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard (1...86_400).contains(accessTTL) else {
            throw ValidationError("--access-ttl must be between 1 and 86400 seconds (one day).")
        }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty.") }
    }
}
