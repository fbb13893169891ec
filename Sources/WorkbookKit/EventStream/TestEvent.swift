// An event of `swift test`'s JSON event stream (version 6.3), with its messages and its issue.

/// One thing that happened during the run, from a `{"kind": "event"}` record.
public struct TestEvent: Sendable, Equatable, Decodable {
    /// What happened, such as `testStarted`, `testSkipped`, `issueRecorded` or `runEnded`.
    public let kind: String
    /// The test it concerns; absent for `runStarted` and `runEnded`.
    public let testID: String?
    /// The lines the console prints for the event, in order.
    public let messages: [EventMessage]
    /// The issue, for an `issueRecorded` event.
    public let issue: IssueDetails?

    public init(kind: String, testID: String? = nil, messages: [EventMessage] = [], issue: IssueDetails? = nil) {
        self.kind = kind
        self.testID = testID
        self.messages = messages
        self.issue = issue
    }

    /// Whether the event records an issue that fails its test (not a warning, not a known issue).
    public var isFailure: Bool { kind == "issueRecorded" && (issue?.fails ?? true) }
}

/// One line of an event's console text, with the symbol the console shows before it.
public struct EventMessage: Sendable, Equatable, Decodable {
    /// Such as "fail", "details", "skip" or "warning".
    public let symbol: String
    public let text: String

    public init(symbol: String, text: String) {
        self.symbol = symbol
        self.text = text
    }
}

/// What the stream says about a recorded issue.
public struct IssueDetails: Sendable, Equatable, Decodable {
    public let isFailure: Bool?
    public let isKnown: Bool?
    /// "error" or "warning".
    public let severity: String?
    public let sourceLocation: IssueLocation?

    public init(isFailure: Bool?, isKnown: Bool? = false, severity: String? = "error", sourceLocation: IssueLocation? = nil) {
        self.isFailure = isFailure
        self.isKnown = isKnown
        self.severity = severity
        self.sourceLocation = sourceLocation
    }

    /// Whether the issue fails its test. The stream says so in `isFailure`; without
    /// it, an unknown issue of severity "error" fails.
    public var fails: Bool {
        isFailure ?? (isKnown != true && severity != "warning")
    }
}

/// Where an issue was recorded.
public struct IssueLocation: Sendable, Equatable, Decodable {
    /// Such as `ExerciseTests/Exercise1_1Tests.swift`.
    public let fileID: String
    public let line: Int
    public let column: Int

    public init(fileID: String, line: Int, column: Int) {
        self.fileID = fileID
        self.line = line
        self.column = column
    }

    /// The file name and line, such as `Exercise1_1Tests.swift:11`.
    public var shortDescription: String {
        let file = fileID.split(separator: "/").last.map(String.init) ?? fileID
        return "\(file):\(line)"
    }
}
