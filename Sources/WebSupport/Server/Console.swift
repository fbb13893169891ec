// Writing the banner and the demo to standard output, unbuffered.
import Foundation

/// Writes lines straight to standard output, so they interleave correctly
/// with the server's log lines even when the output is piped.
enum Console {
    static func write(_ lines: [String]) {
        // A closed pipe (`| head`) is not worth a crash: the output is lost either way.
        try? FileHandle.standardOutput.write(contentsOf: Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    static func write(_ line: String) {
        write([line])
    }
}
