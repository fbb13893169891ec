// What the strict JSON parser promises about every text it accepts.
import Foundation

@testable import JWTCore

/// Checks a text that `JSONParser` accepted against the strict rules, with a
/// byte scanner of its own rather than the parser's code.
public enum JSONOracle {
    /// Stops with a finding when `bytes`, accepted as `value` under `maxDepth`,
    /// breaks a strict rule: invalid UTF-8, a control character in a string,
    /// a duplicate member (which would show as fewer members than name
    /// separators), nesting deeper than the cap, or output that the parser
    /// itself would not read back.
    public static func checkAccepted(_ bytes: [UInt8], value: JSONValue, maxDepth: Int) {
        guard String(validating: bytes, as: UTF8.self) != nil else { finding("the JSON parser accepted invalid UTF-8") }
        let scan = Scan(bytes)
        if scan.controlCharacterInString { finding("the JSON parser accepted a raw control character in a string") }
        if memberCount(value) != scan.nameSeparators {
            finding("the JSON parser accepted an object with a duplicate member (members merged)")
        }
        let valueDepth = depth(value)
        if valueDepth > maxDepth { finding("the JSON parser accepted nesting deeper than its cap") }
        if valueDepth != scan.maxNesting { finding("the JSON parser's value does not have the text's nesting") }
        if let written = JSONWriter.bytes(value) {
            guard let reread = try? JSONParser.parse(written, maxDepth: maxDepth), sameValue(reread, value) else {
                finding("JSONWriter's output of an accepted value does not parse back to the same value")
            }
        }
        if allNumbersFinite(value), (try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)) == nil {
            finding("the JSON parser accepted a text that Foundation's JSONSerialization rejects")
        }
    }

    /// The nesting depth of arrays and objects: 0 for a scalar.
    public static func depth(_ value: JSONValue) -> Int {
        switch value {
        case .array(let elements): 1 + (elements.map(depth).max() ?? 0)
        case .object(let members): 1 + (members.values.map(depth).max() ?? 0)
        default: 0
        }
    }

    /// Values equal up to the representation of numbers (`1.0` is written as `1`).
    public static func sameValue(_ left: JSONValue, _ right: JSONValue) -> Bool {
        switch (left, right) {
        case (.integer, _), (.number, _):
            guard let leftNumber = left.doubleValue, let rightNumber = right.doubleValue else { return false }
            return leftNumber == rightNumber
        case (.array(let leftElements), .array(let rightElements)):
            return leftElements.count == rightElements.count && zip(leftElements, rightElements).allSatisfy(sameValue)
        case (.object(let leftMembers), .object(let rightMembers)):
            return leftMembers.count == rightMembers.count
                && leftMembers.allSatisfy { name, member in rightMembers[name].map { sameValue(member, $0) } ?? false }
        default:
            return left == right
        }
    }

    private static func memberCount(_ value: JSONValue) -> Int {
        switch value {
        case .array(let elements): elements.map(memberCount).reduce(0, +)
        case .object(let members): members.count + members.values.map(memberCount).reduce(0, +)
        default: 0
        }
    }

    private static func allNumbersFinite(_ value: JSONValue) -> Bool {
        switch value {
        case .number(let number): number.isFinite
        case .array(let elements): elements.allSatisfy(allNumbersFinite)
        case .object(let members): members.values.allSatisfy(allNumbersFinite)
        default: true
        }
    }

    /// What a plain byte scan sees outside and inside strings.
    private struct Scan {
        var nameSeparators = 0
        var maxNesting = 0
        var controlCharacterInString = false

        init(_ bytes: [UInt8]) {
            var inString = false
            var escaped = false
            var nesting = 0
            for byte in bytes {
                if inString {
                    if escaped {
                        escaped = false
                    } else if byte == UInt8(ascii: "\\") {
                        escaped = true
                    } else if byte == UInt8(ascii: "\"") {
                        inString = false
                    } else if byte < 0x20 {
                        controlCharacterInString = true
                    }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: ":"): nameSeparators += 1
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    nesting += 1
                    maxNesting = max(maxNesting, nesting)
                case UInt8(ascii: "}"), UInt8(ascii: "]"): nesting -= 1
                default: break
                }
            }
        }
    }
}
