// Compact JSON output with sorted member names, for headers, claims and JWKs.

/// Writes ``JSONValue``s as compact JSON text with sorted member names, so
/// the same value always gives the same bytes.
enum JSONWriter {
    /// Returns the UTF-8 bytes of `value`, or `nil` when it holds a number
    /// that JSON cannot represent (infinity or NaN).
    static func bytes(_ value: JSONValue) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(128)
        guard write(value, to: &output) else { return nil }
        return output
    }

    /// Returns `value` as JSON text; a non-finite number is written as `null`.
    static func string(_ value: JSONValue) -> String {
        var output: [UInt8] = []
        _ = write(value, to: &output, replacingNonFinite: true)
        return String(decoding: output, as: UTF8.self)
    }

    /// Returns `value` indented by two spaces per level, for people to read.
    static func prettyString(_ value: JSONValue, indent: Int = 0) -> String {
        let padding = String(repeating: "  ", count: indent + 1)
        let closing = String(repeating: "  ", count: indent)
        switch value {
        case .object(let members) where !members.isEmpty:
            let lines = members.keys.sorted().map { name in
                "\(padding)\(string(.string(name))): \(prettyString(members[name]!, indent: indent + 1))"
            }
            return "{\n" + lines.joined(separator: ",\n") + "\n\(closing)}"
        case .array(let elements) where !elements.isEmpty:
            let lines = elements.map { "\(padding)\(prettyString($0, indent: indent + 1))" }
            return "[\n" + lines.joined(separator: ",\n") + "\n\(closing)]"
        default:
            return string(value)
        }
    }

    @discardableResult
    static func write(_ value: JSONValue, to output: inout [UInt8], replacingNonFinite: Bool = false) -> Bool {
        switch value {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .integer(let integer):
            output.append(contentsOf: String(integer).utf8)
        case .number(let number):
            guard number.isFinite else {
                if replacingNonFinite {
                    output.append(contentsOf: "null".utf8)
                    return true
                }
                return false
            }
            if number.rounded() == number, let exact = Int64(exactly: number) {
                output.append(contentsOf: String(exact).utf8)
            } else {
                output.append(contentsOf: "\(number)".utf8)
            }
        case .string(let string):
            writeString(string, to: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                guard write(element, to: &output, replacingNonFinite: replacingNonFinite) else { return false }
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (position, name) in members.keys.sorted().enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                writeString(name, to: &output)
                output.append(UInt8(ascii: ":"))
                guard write(members[name]!, to: &output, replacingNonFinite: replacingNonFinite) else { return false }
            }
            output.append(UInt8(ascii: "}"))
        }
        return true
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func writeString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // The fast path: nothing to escape, so the bytes go in as they are.
        let copied: Bool? = string.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if copied == true {
            output.append(UInt8(ascii: "\""))
            return
        }
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            // Backspace and form feed get their short escapes too, as JSONEncoder and Python's json write them.
            case 0x08: output.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x00..<0x20:
                output.append(contentsOf: Array(#"\u00"#.utf8))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
