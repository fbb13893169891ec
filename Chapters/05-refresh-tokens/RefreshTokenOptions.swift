// The command-line options of chapter 5: every server chapter's, plus --refresh-ttl.
import ArgumentParser
import WebSupport

/// Chapter 5's options: WebSupport's `ServerOptions` (`--host`, `--port`,
/// `--database`, `--access-ttl`, `--demo`) and `--refresh-ttl`.
///
/// ```swift
/// let options = RefreshTokenOptions.parseOrExit()
/// print(options.refreshTTL) // Prints "1209600" when no --refresh-ttl is given.
/// ```
struct RefreshTokenOptions: ParsableCommand {
    static var configuration: CommandConfiguration { ServerOptions.configuration }

    /// The options every server chapter takes.
    @OptionGroup var server: ServerOptions

    @Option(
        name: .customLong("refresh-ttl"),
        help: ArgumentHelp("How long a refresh token is valid, in seconds; 1209600 is 14 days.", valueName: "seconds"))
    var refreshTTL = RefreshTokenStore.defaultLifetime

    init() {}

    mutating func validate() throws {
        guard (1...31_536_000).contains(refreshTTL) else {
            throw ValidationError("--refresh-ttl must be between 1 and 31536000 seconds (one year).")
        }
    }
}
