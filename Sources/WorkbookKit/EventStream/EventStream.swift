// Reading the JSON Lines that `swift test --event-stream-output-path FILE --event-stream-version 6.3` writes.
import Foundation

/// The tests and events of one `swift test` run, read from its event stream.
///
/// Each line of the stream is a record `{"kind": "test" | "event", "payload": {...}}`.
/// Lines this type cannot read are skipped: a test process that crashes can
/// leave its last line cut short, and later stream versions may add record kinds.
///
/// ```swift
/// let stream = try EventStream(contentsOf: URL(fileURLWithPath: "run.jsonl"))
/// print(stream.tests.count, stream.runEnded)
/// ```
public struct EventStream: Sendable, Equatable {
    /// Every test the run knew about, suites and functions, in stream order.
    public private(set) var tests: [TestRecord] = []
    /// Every event, in the order they happened.
    public private(set) var events: [TestEvent] = []

    /// Reads a stream from its JSON Lines text.
    public init(jsonLines data: Data) {
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let record = try? decoder.decode(StreamRecord.self, from: Data(line)) else { continue }
            switch record {
            case .test(let test): tests.append(test)
            case .event(let event): events.append(event)
            case .other: continue
            }
        }
    }

    /// Reads a stream from a file.
    public init(contentsOf file: URL) throws {
        self.init(jsonLines: try Data(contentsOf: file))
    }

    /// Whether the test run started: the tests were built and the test process ran.
    public var runStarted: Bool { events.contains { $0.kind == "runStarted" } }

    /// Whether the test run finished; false when the test process crashed.
    public var runEnded: Bool { events.contains { $0.kind == "runEnded" } }
}

/// One line of the stream: a test, an event, or a kind this reader does not know.
private enum StreamRecord: Decodable {
    case test(TestRecord)
    case event(TestEvent)
    case other

    private enum CodingKeys: String, CodingKey {
        case kind, payload
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "test": self = .test(try container.decode(TestRecord.self, forKey: .payload))
        case "event": self = .event(try container.decode(TestEvent.self, forKey: .payload))
        default: self = .other
        }
    }
}
