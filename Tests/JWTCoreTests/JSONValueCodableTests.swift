// JSONValue inside Codable types: each JSON kind decodes to its own case and encodes back.
import Foundation
import JWTCore
import Testing

@Suite("JSONValue Codable")
struct JSONValueCodableTests {
    struct Envelope: Codable, Equatable {
        let values: [JSONValue]
        let extra: [String: JSONValue]
    }

    @Test("Foundation's JSONDecoder maps each JSON kind to the matching case")
    func decodesEachKind() throws {
        let text = #"{"values":[0,1,true,false,-7,1.5,"1",null,[1],{"a":"b"},9223372036854775808],"extra":{"n":null}}"#
        let envelope = try JSONDecoder().decode(Envelope.self, from: Data(text.utf8))
        let expected: [JSONValue] = [
            .integer(0), .integer(1), .bool(true), .bool(false), .integer(-7), .number(1.5), .string("1"), .null,
            .array([1]), .object(["a": "b"]), .number(9_223_372_036_854_775_808.0),
        ]
        #expect(envelope.values == expected)
        #expect(envelope.extra == ["n": nil])
    }

    @Test("JSONValue encodes with JSONEncoder and decodes back unchanged")
    func encodesAndDecodesBack() throws {
        let original = Envelope(
            values: [nil, true, 42, 0.25, "text", ["nested": [1, 2]], []], extra: ["roles": ["reader"], "count": 3])
        let data = try JSONEncoder().encode(original)
        let decoded = try JSONDecoder().decode(Envelope.self, from: data)
        #expect(decoded == original)
    }

    @Test("A Codable claims type with a JSONValue member signs and verifies")
    func claimsWithJSONValueMember() throws {
        struct Claims: Codable, Equatable {
            let sub: String
            let profile: JSONValue
        }
        let claims = Claims(sub: "1", profile: ["name": "John", "age": 42, "tags": ["a"]])
        let token = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256).sign(claims)
        let verified = try TestKeys.hs256Verifier().verify(token, as: Claims.self)
        #expect(verified == claims)
    }
}
