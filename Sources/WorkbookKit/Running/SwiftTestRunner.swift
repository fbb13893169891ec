// Running `swift test` as a child process, with its output in a log file and its results in an event stream.
import Foundation

/// Builds a package and runs its tests with `swift test`, writing the console output
/// to a log file and the results to a JSON event stream.
///
/// The child's environment is the caller's, less `WORKBOOK_SOLUTIONS` and
/// `WORKBOOK_CHAPTERS`: an instructor whose shell exports `WORKBOOK_SOLUTIONS=1`
/// must still grade the learner's stubs. Set ``useSolutions`` to grade the
/// reference solutions on purpose.
///
/// ```swift
/// let runner = SwiftTestRunner(packageRoot: root)
/// let run = try await runner.run(filter: #"^ExerciseTests\."#, chapters: nil, label: "grade")
/// print(run.stream?.tests.count ?? 0)
/// ```
public struct SwiftTestRunner: Sendable {
    /// The package whose tests run.
    public var packageRoot: URL
    /// Where logs and event streams go; `.workbook/logs` in the package, which git ignores.
    public var logDirectory: URL
    /// Whether the child builds the reference solutions (`WORKBOOK_SOLUTIONS=1`) instead of the stubs.
    public var useSolutions = false
    /// The environment the child's is made from.
    public var baseEnvironment: [String: String] = ProcessInfo.processInfo.environment
    /// Receives a line now and then while a long build runs.
    public var progress: @Sendable (String) -> Void = { _ in }
    /// How often, in seconds, to report that a run is still going.
    public var heartbeatInterval: Double = 15
    /// How long the tests may run, in seconds, not counting the build, before they are
    /// stopped: a learner's code that loops forever must not hang a grade.
    public var testTimeLimit: Double = 300

    public init(packageRoot: URL) {
        self.packageRoot = packageRoot
        logDirectory = packageRoot.appendingPathComponent(".workbook/logs")
    }

    /// The variables that choose what the manifest builds; the runner alone sets them.
    public static let controlledVariables = ["WORKBOOK_SOLUTIONS", "WORKBOOK_CHAPTERS"]

    /// Returns the child's environment: `chapters` such as ["01"] builds only those
    /// chapters' exercises, and nil builds them all.
    public func environment(chapters: [String]?) -> [String: String] {
        var environment = baseEnvironment
        for name in Self.controlledVariables { environment[name] = nil }
        if useSolutions { environment["WORKBOOK_SOLUTIONS"] = "1" }
        if let chapters { environment["WORKBOOK_CHAPTERS"] = chapters.joined(separator: ",") }
        return environment
    }

    /// Returns the arguments after `swift` that build the package and its tests.
    public func buildArguments() -> [String] {
        ["build", "--build-tests", "--package-path", packageRoot.path]
    }

    /// Returns the arguments after `swift` that run the already built tests selected by `filter`.
    public func testArguments(filter: String, streamFile: URL) -> [String] {
        [
            "test", "--skip-build", "--package-path", packageRoot.path, "--disable-xctest",
            "--event-stream-output-path", streamFile.path, "--event-stream-version", "6.3",
            "--filter", filter,
        ]
    }

    /// Builds the package with `swift build --build-tests`, then runs the tests `filter`
    /// selects with `swift test --skip-build`, and returns what the runs left behind.
    ///
    /// Building first keeps the build out of ``testTimeLimit``. `label` names the log
    /// and stream files, such as `grade` or `grade-chapter-01`. A stream left by an
    /// earlier run is deleted first, so a failed build is never read as a finished run.
    public func run(filter: String, chapters: [String]?, label: String) async throws -> TestRun {
        try FileManager.default.createDirectory(at: logDirectory, withIntermediateDirectories: true)
        let logFile = logDirectory.appendingPathComponent("\(label).log")
        let streamFile = logDirectory.appendingPathComponent("\(label).jsonl")
        try? FileManager.default.removeItem(at: streamFile)
        guard FileManager.default.createFile(atPath: logFile.path, contents: nil) else {
            throw WorkbookError.failure("Could not create the log file \(logFile.path).")
        }
        let log = try FileHandle(forWritingTo: logFile)
        defer { try? log.close() }
        let environment = environment(chapters: chapters)

        let heartbeat = startHeartbeat(logFile: logFile)
        defer { heartbeat.cancel() }
        let build = try await runSwift(buildArguments(), environment: environment, log: log, timeLimit: nil)
        guard build.status == 0 else {
            return TestRun(exitStatus: build.status, didBuild: false, stream: nil, logFile: logFile)
        }
        let test = try await runSwift(
            testArguments(filter: filter, streamFile: streamFile), environment: environment, log: log, timeLimit: testTimeLimit)
        let stream = FileManager.default.fileExists(atPath: streamFile.path) ? try EventStream(contentsOf: streamFile) : nil
        return TestRun(exitStatus: test.status, didBuild: true, stream: stream, logFile: logFile, timedOut: test.timedOut)
    }
}
