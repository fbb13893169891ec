// Strict parsing of the compact serialization: size, segments, canonical base64url and strict JSON.
import Foundation
import JWTCore
import Testing

@Suite("Strict token parsing")
struct TokenParsingTests {
    static let payload = #"{"sub":"1"}"#

    /// Verifies a correctly signed HS256 token over exactly `header` and `payload` with the default rules.
    static func verify(header: String = Craft.hs256Header, payload: String = payload) throws -> String? {
        failureCode(Craft.hs256(header: header, payload: payload), try TestKeys.hs256Verifier())
    }

    @Test("A correctly signed token made outside JWTCore verifies", arguments: [Craft.hs256Header, #" { "typ" : "JWT" ,"alg":"HS256" } "#])
    func wellFormedTokenVerifies(header: String) throws {
        let failure = try Self.verify(header: header)
        #expect(failure == nil)
    }

    @Test(
        "A token without exactly three segments is malformed",
        arguments: ["", ".", "..", "abc", "a.b", "a.b.c.d", "a.b.c.d.e", "...."])
    func segmentCountIsExact(token: String) throws {
        let failure = failureCode(token, try TestKeys.hs256Verifier())
        #expect(failure == "malformed")
    }

    @Test("A real token with one segment dropped or one added is malformed", arguments: ["drop signature", "add segment", "add dot"])
    func realTokenWithWrongSegmentCountIsMalformed(change: String) throws {
        let token = Craft.hs256(payload: Self.payload)
        let parts = Craft.segments(of: token)
        let changed = [
            "drop signature": parts[0] + "." + parts[1], "add segment": token + "." + parts[2], "add dot": token + ".",
        ][change]!
        let failure = failureCode(changed, try TestKeys.hs256Verifier())
        #expect(failure == "malformed")
    }

    @Test("An empty header segment is malformed")
    func emptyHeaderIsMalformed() throws {
        let token = Craft.hs256(payload: Self.payload)
        let failure = failureCode(Craft.replacingSegment(0, of: token, with: ""), try TestKeys.hs256Verifier())
        #expect(failure == "malformed")
    }

    @Test("A correctly signed token with an empty payload is malformed")
    func emptyPayloadIsMalformed() throws {
        let failure = try Self.verify(payload: "")
        #expect(failure == "malformed")
    }

    @Test("Padding in any segment is malformed", arguments: [0, 1, 2])
    func paddingIsMalformed(segment: Int) throws {
        // Header 28 bytes, payload 11 bytes, signature 32 bytes: none a multiple of 3, so "=" would be "needed".
        let token = Craft.hs256(header: Craft.hs256Header + " ", payload: Self.payload)
        let parts = Craft.segments(of: token)
        var padded = parts[segment]
        while padded.count % 4 != 0 { padded += "=" }
        let verifier = try TestKeys.hs256Verifier()
        let unpadded = failureCode(token, verifier)
        let withPadding = failureCode(Craft.replacingSegment(segment, of: token, with: padded), verifier)
        #expect(padded != parts[segment])
        #expect(unpadded == nil)
        #expect(withPadding == "malformed")
    }

    @Test("Standard base64's + and / are malformed even where they decode to the same bytes")
    func standardAlphabetIsMalformed() throws {
        // "??>>" in the header makes its base64url contain both "-" and "_".
        let header = #"{"alg":"HS256","note":"??>>??>>","typ":"JWT"}"#
        let token = Craft.hs256(header: header, payload: Self.payload)
        let segment = Craft.segments(of: token)[0]
        try #require(segment.contains("-") && segment.contains("_"))
        let standard = segment.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        let verifier = try TestKeys.hs256Verifier()
        let urlSafe = failureCode(token, verifier)
        let standardAlphabet = failureCode(Craft.replacingSegment(0, of: token, with: standard), verifier)
        #expect(urlSafe == nil)
        #expect(standardAlphabet == "malformed")
    }

    @Test(
        "Whitespace anywhere in the token is malformed",
        arguments: [" {token}", "{token} ", "{token}\n", "{token}\r\n", "\t{token}", "{first} {rest}", "{first}\n{rest}"])
    func whitespaceIsMalformed(template: String) throws {
        let token = Craft.hs256(payload: Self.payload)
        let first = String(token.prefix(10)), rest = String(token.dropFirst(10))
        let mangled = template.replacingOccurrences(of: "{token}", with: token)
            .replacingOccurrences(of: "{first}", with: first).replacingOccurrences(of: "{rest}", with: rest)
        let failure = failureCode(mangled, try TestKeys.hs256Verifier())
        #expect(failure == "malformed")
    }

    @Test("Non-zero unused bits in a segment's last character are malformed", arguments: [0, 1, 2])
    func nonZeroUnusedBitsAreMalformed(segment: Int) throws {
        // Header length 16 bytes (16 % 3 == 1): 22 characters, the last carrying only 2 significant bits.
        // Payload length 14 bytes (14 % 3 == 2): 19 characters, the last carrying 4 significant bits.
        // An HS256 signature is 32 bytes (32 % 3 == 2): 43 characters, like the payload.
        let token = Craft.hs256(header: #"{"alg":"HS256"} "#, payload: #"{"sub":"1"}   "#)
        let parts = Craft.segments(of: token)
        let lengths = parts.map { $0.count % 4 }
        #expect(lengths == [2, 3, 3])
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        let last = try #require(parts[segment].last)
        let value = try #require(alphabet.firstIndex(of: last))
        let unusedBits = value & (parts[segment].count % 4 == 2 ? 0x0F : 0x03)
        #expect(unusedBits == 0)
        // Setting the lowest unused bit keeps the decoded bytes the same for a lenient decoder.
        let tampered = String(parts[segment].dropLast()) + String(alphabet[value | 0x01])
        let leniently = Craft.bytes(fromBase64url: tampered)
        #expect(leniently == Craft.bytes(fromBase64url: parts[segment]))
        let verifier = try TestKeys.hs256Verifier()
        let canonical = failureCode(token, verifier)
        let failure = failureCode(Craft.replacingSegment(segment, of: token, with: tampered), verifier)
        #expect(canonical == nil)
        #expect(failure == "malformed")
    }

    @Test("A segment of length 1 modulo 4 is malformed", arguments: [0, 1, 2])
    func impossibleLengthIsMalformed(segment: Int) throws {
        let token = Craft.hs256(payload: Self.payload)
        var longer = Craft.segments(of: token)[segment]
        while longer.count % 4 != 1 { longer += "A" }
        let failure = failureCode(Craft.replacingSegment(segment, of: token, with: longer), try TestKeys.hs256Verifier())
        #expect(failure == "malformed")
    }

    @Test(
        "Duplicate member names are malformed in the header and in a correctly signed payload",
        arguments: [
            (#"{"alg":"HS256","alg":"HS256"}"#, payload), (#"{"alg":"HS256","typ":"JWT","typ":"JWT"}"#, payload),
            (Craft.hs256Header, #"{"sub":"1","sub":"2"}"#), (Craft.hs256Header, #"{"sub":"1","nested":{"a":1,"a":1}}"#),
            (Craft.hs256Header, #"{"sub":"1","s\u0075b":"2"}"#),
        ])
    func duplicateMembersAreMalformed(header: String, payload: String) throws {
        let failure = try Self.verify(header: header, payload: payload)
        #expect(failure == "malformed")
    }

    @Test(
        "Invalid UTF-8 in a correctly signed header or payload is malformed",
        arguments: [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]] as [[UInt8]])
    func invalidUTF8IsMalformed(bytes: [UInt8]) throws {
        let verifier = try TestKeys.hs256Verifier()
        let payload = Array(#"{"sub":""#.utf8) + bytes + Array(#""}"#.utf8)
        let header = Array(#"{"alg":"HS256","x":""#.utf8) + bytes + Array(#""}"#.utf8)
        let inPayload = failureCode(Craft.hs256(header: Array(Craft.hs256Header.utf8), payload: payload), verifier)
        let inHeader = failureCode(Craft.hs256(header: header, payload: Array(Self.payload.utf8)), verifier)
        #expect(inPayload == "malformed")
        #expect(inHeader == "malformed")
    }

    @Test(
        "A lone or broken surrogate escape in a correctly signed payload is malformed",
        arguments: [#"\ud800"#, #"\udc00"#, #"\ud800\u0041"#, #"\ud800x"#, #"\udbff\ud800"#])
    func loneSurrogateIsMalformed(escape: String) throws {
        let failure = try Self.verify(payload: #"{"sub":"\#(escape)"}"#)
        #expect(failure == "malformed")
    }

    @Test("A surrogate pair escape is accepted as one character")
    func surrogatePairIsAccepted() throws {
        let token = Craft.hs256(payload: #"{"sub":"\ud83d\ude00"}"#)
        let verified = try TestKeys.hs256Verifier().verify(token)
        #expect(verified.claims["sub"] == "😀")
    }

    /// A payload whose member "a" holds `depth` levels of nested arrays around 1.
    static func nestedPayload(arrays depth: Int) -> String {
        #"{"sub":"1","a":"# + String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth) + "}"
    }

    @Test(
        "JSON nested deeper than maxJSONDepth is malformed, and exactly maxJSONDepth is accepted",
        arguments: [
            // The payload object is level 1, so limit - 1 arrays inside it reach exactly the limit.
            (Craft.hs256Header, nestedPayload(arrays: JSONParser.defaultMaxDepth - 1), nil),
            (Craft.hs256Header, nestedPayload(arrays: JSONParser.defaultMaxDepth), "malformed"),
            (Craft.hs256Header, nestedPayload(arrays: 10_000), "malformed"),
            (
                #"{"alg":"HS256","x":"# + String(repeating: "[", count: JSONParser.defaultMaxDepth)
                    + String(repeating: "]", count: JSONParser.defaultMaxDepth) + "}", payload, "malformed"
            ),
        ] as [(String, String, String?)])
    func nestingDepthIsLimited(header: String, payload: String, expected: String?) throws {
        let failure = try Self.verify(header: header, payload: payload)
        #expect(failure == expected)
    }

    @Test(
        "A smaller maxJSONDepth is honoured for header and payload",
        arguments: [
            (Craft.hs256Header, nestedPayload(arrays: 2), nil), (Craft.hs256Header, nestedPayload(arrays: 3), "malformed"),
            (#"{"alg":"HS256","x":{"y":{}}}"#, payload, nil), (#"{"alg":"HS256","x":{"y":{"z":{}}}}"#, payload, "malformed"),
        ] as [(String, String, String?)])
    func customDepthIsHonoured(header: String, payload: String, expected: String?) throws {
        var validation = JWTValidation.at(testNow)
        validation.maxJSONDepth = 3
        let failure = failureCode(Craft.hs256(header: header, payload: payload), try TestKeys.hs256Verifier(validation))
        #expect(failure == expected)
    }

    @Test(
        "A header that is not a JSON object is malformed",
        arguments: ["[]", #""x""#, "1", "null", "true", #"["alg","HS256"]"#, "{", #"{"alg":"HS256""#, "{'alg':'HS256'}"])
    func nonObjectHeaderIsMalformed(header: String) throws {
        let failure = try Self.verify(header: header)
        #expect(failure == "malformed")
    }

    @Test(
        "A correctly signed payload that is not one JSON object is malformed",
        arguments: [
            "[]", #""sub""#, "1", "null", #"{"sub":"1"}x"#, #"{"sub":"1"} {}"#, #"{"sub":"1"}}"#, #"{"sub":"1",}"#, "\u{FEFF}{}",
        ])
    func nonObjectPayloadIsMalformed(payload: String) throws {
        let failure = try Self.verify(payload: payload)
        #expect(failure == "malformed")
    }

    @Test(
        "Trailing garbage after the header's JSON is malformed",
        arguments: [Craft.hs256Header + "x", Craft.hs256Header + "\u{0}", Craft.hs256Header + Craft.hs256Header])
    func trailingGarbageInHeaderIsMalformed(header: String) throws {
        let failure = try Self.verify(header: header)
        #expect(failure == "malformed")
    }

    @Test("A token over maxTokenSize is too_large, and one at the limit is not")
    func sizeLimitIsExact() throws {
        let token = Craft.hs256(payload: Self.payload)
        var validation = JWTValidation.at(testNow)
        validation.maxTokenSize = token.utf8.count
        let atLimit = failureCode(token, try TestKeys.hs256Verifier(validation))
        validation.maxTokenSize = token.utf8.count - 1
        let overLimit = failureCode(token, try TestKeys.hs256Verifier(validation))
        #expect(atLimit == nil)
        #expect(overLimit == "too_large")
    }

    @Test("A huge garbage token is too_large, not malformed: size is checked first")
    func sizeIsCheckedFirst() throws {
        let verifier = try TestKeys.hs256Verifier()
        let limit = 64 * 1024
        let garbage = String(repeating: "!", count: limit + 1)
        var thrown: JWTError? = nil
        do {
            _ = try verifier.verify(garbage)
        } catch {
            thrown = error
        }
        let dots = failureCode(String(repeating: ".", count: 100_000), verifier)
        let garbageAtLimit = failureCode(String(repeating: "!", count: limit), verifier)
        #expect(thrown == .tooLarge(size: limit + 1, limit: limit))
        #expect(dots == "too_large")
        #expect(garbageAtLimit == "malformed")
    }

    @Test("Non-ASCII characters in a segment are malformed")
    func nonASCIIIsMalformed() throws {
        let token = Craft.hs256(payload: Self.payload)
        let parts = Craft.segments(of: token)
        let mangled = Craft.replacingSegment(1, of: token, with: "é" + parts[1].dropFirst(2))
        let failure = failureCode(mangled, try TestKeys.hs256Verifier())
        #expect(failure == "malformed")
    }

    @Test(
        "A header whose alg, kid or typ has the wrong type is malformed",
        arguments: [#"{"alg":["HS256"]}"#, #"{"alg":"HS256","kid":7}"#, #"{"alg":"HS256","typ":{}}"#])
    func wronglyTypedHeaderMembersAreMalformed(header: String) throws {
        let failure = try Self.verify(header: header)
        #expect(failure == "malformed")
    }
}
