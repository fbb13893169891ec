// What one `swift test` run left behind.
import Foundation

/// The exit status, the event stream and the log of one `swift test` run.
public struct TestRun: Sendable {
    /// The exit status of the build when it failed, else of the tests: 0 when every test passed or was skipped.
    public let exitStatus: Int32
    /// The event stream, or nil when the build failed or the test process died before writing one.
    public let stream: EventStream?
    /// The console output of the build and the tests.
    public let logFile: URL

    /// Whether the tests ran past the time limit and were stopped.
    public let timedOut: Bool

    /// Whether the package and its tests built; when false, no test ran.
    public let didBuild: Bool

    public init(exitStatus: Int32, didBuild: Bool, stream: EventStream?, logFile: URL, timedOut: Bool = false) {
        self.exitStatus = exitStatus
        self.didBuild = didBuild
        self.stream = stream
        self.logFile = logFile
        self.timedOut = timedOut
    }

    /// The text of the log, empty when it cannot be read.
    public var logText: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    /// The runtime's distinct crash lines in the log, such as "Fatal error: Index out of range".
    public var crashLines: [String] {
        var lines: [String] = []
        for line in logText.split(separator: "\n").map(String.init) where line.contains("Fatal error:") && !lines.contains(line) {
            lines.append(line)
        }
        return lines
    }
}
