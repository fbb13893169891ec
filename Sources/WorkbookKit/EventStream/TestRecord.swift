// A test listed in `swift test`'s JSON event stream (version 6.3).

/// One test that the run knows about: a suite or a test function.
///
/// The stream lists every test in a `{"kind": "test"}` record before the run starts.
public struct TestRecord: Sendable, Equatable, Decodable {
    /// The test's identifier, such as `ExerciseTests.Exercise1_1Tests/encodes()/Exercise1_1Tests.swift:9:6`.
    public let id: String
    /// "suite" or "function".
    public let kind: String
    /// The Swift name, such as `encodes()`.
    public let name: String
    /// The name given in `@Test("...")` or `@Suite("...")`, when there is one.
    public let displayName: String?

    public init(id: String, kind: String, name: String, displayName: String? = nil) {
        self.id = id
        self.kind = kind
        self.name = name
        self.displayName = displayName
    }

    /// Whether this is a test function rather than a suite.
    public var isFunction: Bool { kind == "function" }

    /// The name to show people: the display name, else the Swift name.
    public var readableName: String { displayName ?? name }
}
