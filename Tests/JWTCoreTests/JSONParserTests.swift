// The strict JSON parser (RFC 8259) behind headers, payloads and JWKs.
import JWTCore
import Testing

@Suite("JSONParser")
struct JSONParserTests {
    static func parse(_ text: String, maxDepth: Int = JSONParser.defaultMaxDepth) throws -> JSONValue {
        try JSONParser.parse(Array(text.utf8), maxDepth: maxDepth)
    }

    @Test(
        "Valid JSON values parse to the expected value",
        arguments: [
            ("{}", [:]), ("[]", []), ("null", nil), ("true", true), ("false", false),
            ("0", 0), ("-0", 0), ("42", 42), ("-17", -17), ("1.5", 1.5), ("1e3", 1000.0), ("-1E-2", -0.01), ("2.0", 2.0),
            ("9223372036854775807", .integer(.max)), ("-9223372036854775808", .integer(.min)),
            ("9223372036854775808", .number(9_223_372_036_854_775_808.0)),
            (#""""#, ""), (#""a\"b\\c\/d""#, "a\"b\\c/d"), (#""\b\f\n\r\t""#, "\u{8}\u{c}\n\r\t"),
            (#""\u00e9\u20AC""#, "é€"), (#""\ud83d\ude00""#, "😀"), (#""\u0000""#, "\u{0}"), ("\"é€😀\"", "é€😀"),
            (" \t\r\n{ \"a\" : [ 1 , { } ] } \n", ["a": [1, [:]]]),
            (#"{"a":{"b":{"c":[null,true,"x"]}}}"#, ["a": ["b": ["c": [nil, true, "x"]]]]),
        ] as [(String, JSONValue)])
    func validJSONParses(text: String, expected: JSONValue) throws {
        let value = try Self.parse(text)
        #expect(value == expected)
    }

    @Test(
        "Invalid or non-strict JSON is refused",
        arguments: [
            "", " ", "{", "}", "[", "[1,]", #"{"a":1,}"#, #"{"a"}"#, #"{"a":}"#, #"{a:1}"#, "{'a':1}", "[1 2]",
            #"{"a":1 "b":2}"#, #"{"a":1,"a":2}"#, #"{"a":1}{"b":2}"#, "1 2", "[] x", "tru", "nul", "True", "NULL",
            "01", "-01", "1.", ".5", "+1", "-", "1e", "1e+", "0x10", "NaN", "Infinity", "-Infinity",
            "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"",
            "\"a\nb\"", "\"a\tb\"", "\"\u{1}\"", "// comment\n{}", "/* c */ {}", "\u{FEFF}{}", "[1]\u{0}",
        ])
    func invalidJSONIsRefused(text: String) {
        #expect(throws: JSONParser.Failure.self) { try Self.parse(text) }
    }

    @Test(
        "Invalid UTF-8 is refused inside and outside strings",
        arguments: [
            [0x22, 0xFF, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE2, 0x82, 0x22],
            [0x22, 0x5C, 0x6E, 0xFF, 0x22], [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D], [0xFF], [0x5B, 0xFE, 0x5D],
        ] as [[UInt8]])
    func invalidUTF8IsRefused(bytes: [UInt8]) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(bytes) }
    }

    @Test("Nesting up to maxDepth parses; one level more is refused", arguments: [1, 2, 5, 32])
    func depthLimit(maxDepth: Int) throws {
        let arrays = String(repeating: "[", count: maxDepth) + String(repeating: "]", count: maxDepth)
        let objects = String(repeating: #"{"a":"#, count: maxDepth - 1) + "{}" + String(repeating: "}", count: maxDepth - 1)
        #expect(throws: Never.self) { try Self.parse(arrays, maxDepth: maxDepth) }
        #expect(throws: Never.self) { try Self.parse(objects, maxDepth: maxDepth) }
        #expect(throws: JSONParser.Failure.self) { try Self.parse("[" + arrays + "]", maxDepth: maxDepth) }
        #expect(throws: JSONParser.Failure.self) { try Self.parse(#"{"a":"# + objects + "}", maxDepth: maxDepth) }
    }

    @Test("A hostile nesting depth fails cleanly instead of exhausting the stack")
    func hostileDepthFails() {
        let deep = String(repeating: "[", count: 1_000_000)
        #expect(throws: JSONParser.Failure.self) { try Self.parse(deep) }
    }

    @Test("parseObject accepts an object")
    func parseObjectAcceptsAnObject() throws {
        let members = try JSONParser.parseObject(Array(#"{"sub":"1"}"#.utf8))
        #expect(members == ["sub": "1"])
    }

    @Test("parseObject refuses any other value", arguments: ["[]", "1", #""x""#, "null"])
    func parseObjectRefusesOtherValues(text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parseObject(Array(text.utf8)) }
    }

    @Test(
        "Numbers beyond Double's range parse as infinity or zero; claim validation refuses the infinite ones",
        arguments: [("1e400", JSONValue.number(.infinity)), ("-1e400", .number(-.infinity)), ("1e-400", .number(0))])
    func hugeNumbers(text: String, expected: JSONValue) throws {
        let value = try Self.parse(text)
        #expect(value == expected)
    }

    @Test("A failure reports where it happened")
    func failureHasOffset() {
        do {
            _ = try JSONParser.parse(Array(#"{"a":1,"a":2}"#.utf8))
            Issue.record("a duplicate member was accepted")
        } catch {
            #expect(error.offset > 0)
            #expect(error.reason.contains("duplicate"))
        }
    }
}
