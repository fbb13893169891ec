// The `jwt` command: decode, encode, verify and generate keys, like the jwt.io debugger in a terminal.
import ArgumentParser
import Foundation
import JWTCore

@main
struct JWTCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jwt",
        abstract: "Decode, create and verify JSON Web Tokens with JWTCore.",
        discussion: """
            A TOKEN of '-' is read from standard input. Exit status: 0 success, \
            1 invalid token, 2 bad usage or unreadable key.
            """,
        subcommands: [DecodeCommand.self, EncodeCommand.self, VerifyCommand.self, KeygenCommand.self]
    )

    /// Runs the command, mapping every failure to one line on standard error and an exit status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let status as ExitCode {
            // The command already reported the failure.
            Foundation.exit(status.rawValue)
        } catch let failure as CommandFailure {
            Terminal.printError(failure.message)
            Foundation.exit(failure.status)
        } catch let error as JWTError {
            Terminal.printError(error.message)
            Foundation.exit(error.isTokenFailure ? CommandFailure.invalidToken : CommandFailure.badUsage)
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                // Help and version requests print and exit normally.
                exit(withError: error)
            }
            let message = self.message(for: error)
            Terminal.printError("\(message) (see 'jwt --help')")
            Foundation.exit(CommandFailure.badUsage)
        }
    }
}

/// A failure that the command reports as one line and an exit status.
struct CommandFailure: Error {
    static let invalidToken: Int32 = 1
    static let badUsage: Int32 = 2

    let message: String
    let status: Int32

    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: message, status: badUsage)
    }
}
