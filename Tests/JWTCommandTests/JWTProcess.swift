// Runs the built `jwt` binary as a subprocess and collects its output, for the command tests.
import Foundation
import Synchronization

/// What one run of `jwt` printed, and how it exited.
struct CommandResult: Sendable {
    let arguments: [String]
    /// The exit status, or 128 plus the signal number when a signal ended the process.
    let status: Int32
    let standardOutput: String
    let standardError: String

    /// The non-empty lines written to standard error.
    var errorLines: [Substring] { standardError.split(separator: "\n") }
}

/// A failure to find or run the binary, reported with a message that says what to do.
struct JWTProcessError: Error, CustomStringConvertible {
    let description: String
}

/// The built `jwt` binary, the fixtures it reads and a way to run it.
enum JWTProcess {
    /// The package root: three levels above this file (`Tests/JWTCommandTests/JWTProcess.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The interop fixtures: keys, a JWK Set and tokens made by PyJWT.
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/interop")

    /// The longest a single run may take before it is killed and the test fails.
    static let timeout: TimeInterval = 30

    /// The binary, found once: beside the test bundle, else `.build/debug/jwt`.
    static let binary: Result<URL, JWTProcessError> = locateBinary()

    /// Finds `jwt` next to the running test bundle (the test target depends on the
    /// executable, so SwiftPM builds it into the same directory), walking up a few
    /// levels from each place the bundle may be, then falls back to `.build/debug/jwt`.
    static func locateBinary() -> Result<URL, JWTProcessError> {
        var starts: [URL] = []
        for argument in CommandLine.arguments.prefix(1) + CommandLine.arguments.filter({ $0.hasSuffix(".xctest") }) {
            starts.append(URL(fileURLWithPath: argument).resolvingSymlinksInPath())
        }
        if let executable = Bundle.main.executableURL { starts.append(executable.resolvingSymlinksInPath()) }
        starts.append(Bundle.main.bundleURL)
        starts += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }

        var candidates: [URL] = []
        for start in starts {
            var directory = start.deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("jwt"))
                directory = directory.deletingLastPathComponent()
            }
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/jwt"))

        for candidate in candidates where isExecutableFile(candidate) {
            return .success(candidate)
        }
        return .failure(
            JWTProcessError(
                description: """
                    cannot find the built 'jwt' binary beside the test bundle or at \
                    \(packageRoot.path)/.build/debug/jwt; run 'swift build --build-tests' first \
                    (looked in: \(Set(candidates.map { $0.deletingLastPathComponent().path }).sorted().joined(separator: ", ")))
                    """
            ))
    }

    private static func isExecutableFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: url.path)
    }

    /// Runs `jwt` with `arguments` in the fixtures directory, feeding `input` to standard
    /// input (or an empty, closed standard input), and waits at most `timeout` seconds.
    ///
    /// NO_COLOR is removed from the environment, so plain output proves the pipe check.
    static func run(_ arguments: [String], input: String? = nil) throws -> CommandResult {
        let binary = try binary.get()
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = fixtures
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        process.environment = environment

        let inputPipe = Pipe()
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = outputPipe
        process.standardError = errorPipe

        // Small input fits in the pipe's buffer, so it is written before the launch:
        // the child can never exit before it is written (no SIGPIPE), and sees EOF after it.
        let inputData = Data((input ?? "").utf8)
        guard inputData.count < 16 * 1024 else {
            throw JWTProcessError(description: "test input of \(inputData.count) bytes is too large for the pipe buffer")
        }
        try inputPipe.fileHandleForWriting.write(contentsOf: inputData)
        try inputPipe.fileHandleForWriting.close()

        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()

        // Drain both output pipes concurrently, so a chatty child never blocks on a full pipe.
        let reading = DispatchGroup()
        let output = CollectedData()
        let error = CollectedData()
        for (pipe, collected) in [(outputPipe, output), (errorPipe, error)] {
            let handle = pipe.fileHandleForReading
            DispatchQueue.global().async(group: reading) {
                collected.set(handle.readDataToEndOfFile())
            }
        }

        if exited.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if exited.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                _ = exited.wait(timeout: .now() + 2)
            }
            throw JWTProcessError(
                description: "jwt \(arguments.joined(separator: " ")) did not finish within \(Int(timeout)) s and was killed")
        }
        guard reading.wait(timeout: .now() + 5) == .success else {
            throw JWTProcessError(description: "jwt \(arguments.joined(separator: " ")) exited but its output pipes stayed open")
        }
        return CommandResult(
            arguments: arguments,
            status: process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus,
            standardOutput: String(decoding: output.get(), as: UTF8.self),
            standardError: String(decoding: error.get(), as: UTF8.self)
        )
    }
}

/// Bytes read on one thread and handed to another.
private final class CollectedData: Sendable {
    private let storage = Mutex(Data())

    func set(_ data: Data) { storage.withLock { $0 = data } }
    func get() -> Data { storage.withLock { $0 } }
}
