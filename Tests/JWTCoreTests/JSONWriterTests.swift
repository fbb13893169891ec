// Compact, sorted JSON output, seen through JSONValue.description (JSONWriter is internal).
import JWTCore
import Testing

@Suite("JSON writing")
struct JSONWriterTests {
    @Test(
        "Values are written as compact JSON",
        arguments: [
            (nil, "null"), (true, "true"), (false, "false"), (0, "0"), (-5, "-5"), (.integer(.max), "9223372036854775807"),
            (1.0, "1"), (-0.0, "0"), (0.5, "0.5"), (-2.25, "-2.25"), (.number(1e300), "1e+300"),
            (.number(.infinity), "null"), (.number(-.infinity), "null"), (.number(.nan), "null"),
            ("", #""""#), ([], "[]"), ([:], "{}"), ([1, "a", nil, [true]], #"[1,"a",null,[true]]"#),
        ] as [(JSONValue, String)])
    func valuesAreCompact(value: JSONValue, expected: String) {
        #expect(value.description == expected)
    }

    @Test("Object members are sorted by name at every level")
    func membersAreSorted() {
        let value: JSONValue = ["b": 1, "a": ["z": true, "m": nil], "A": [], "é": "x", "aa": 2]
        #expect(value.description == #"{"A":[],"a":{"m":null,"z":true},"aa":2,"b":1,"é":"x"}"#)
    }

    @Test(
        "Strings escape quotes, backslashes and control characters, and nothing else",
        arguments: [
            ("\"", #""\"""#), ("\\", #""\\""#), ("\n\r\t", #""\n\r\t""#), ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#),
            ("\u{8}\u{C}", #""\b\f""#), ("\u{1}\u{1F}", #""\u0001\u001f""#), ("/", #""/""#), ("é€😀", "\"é€😀\""), ("\u{7F}", "\"\u{7F}\""),
            ("</script>", #""</script>""#), ("\u{2028}", "\"\u{2028}\""),
        ])
    func stringsAreEscaped(text: String, expected: String) {
        #expect(JSONValue.string(text).description == expected)
    }

    @Test("Written JSON parses back to the same value")
    func writtenJSONParsesBack() throws {
        let value: JSONValue = [
            "sub": "1", "exp": 4_102_444_800, "ratio": 0.125, "tags": ["a", "\"quoted\"", "line\nbreak", "\u{1}"],
            "nested": ["deeper": ["deepest": [nil, false, -1, 1e-7]]], "emoji": "😀", "empty": [:],
        ]
        let reparsed = try JSONParser.parse(Array(value.description.utf8))
        #expect(reparsed == value)
    }

    @Test("The signer writes the payload as the same sorted compact JSON")
    func signerWritesSortedPayload() throws {
        let claims: JSONValue = ["sub": "1", "admin": false, "exp": 1_700_000_900]
        let token = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256).sign(try #require(claims.objectValue))
        let payload = Craft.bytes(fromBase64url: Craft.segments(of: token)[1]) ?? []
        #expect(String(decoding: payload, as: UTF8.self) == claims.description)
        let header = Craft.bytes(fromBase64url: Craft.segments(of: token)[0]) ?? []
        #expect(String(decoding: header, as: UTF8.self) == #"{"alg":"HS256","typ":"JWT"}"#)
    }

    @Test("JSONValue accessors return a value only for their own case")
    func accessors() {
        let value: JSONValue = ["s": "x", "i": 3, "d": 2.5, "whole": 4.0, "b": true, "a": [1], "o": ["k": "v"]]
        #expect(value["s"]?.stringValue == "x")
        #expect(value["i"]?.int64Value == 3)
        #expect(value["i"]?.doubleValue == 3)
        #expect(value["d"]?.int64Value == nil)
        #expect(value["d"]?.doubleValue == 2.5)
        #expect(value["whole"]?.int64Value == 4)
        #expect(value["b"]?.boolValue == true)
        #expect(value["a"]?.arrayValue == [1])
        #expect(value["o"]?["k"] == "v")
        #expect(value["s"]?.int64Value == nil)
        #expect(value["i"]?.stringValue == nil)
        #expect(value["missing"] == nil)
        #expect(JSONValue.number(.infinity).int64Value == nil)
        #expect(JSONValue.number(1e30).int64Value == nil)
    }
}
