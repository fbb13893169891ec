// Codable claims: decoded straight from the strict parser's values, and
// encoded without JSONEncoder, for every shape a claims type uses.
import Foundation
import JWTCore
import Testing

@Suite("Codable claims")
struct ClaimsCodingTests {
    struct Address: Codable, Equatable {
        let city: String
        let zip: String?
    }

    /// Every shape the decoder must handle: nested structs, optionals,
    /// arrays, numbers into Int, Double and Date, Booleans and strings.
    struct Profile: Codable, Equatable {
        let sub: String
        let admin: Bool
        let age: Int
        let score: Double
        let exp: Date
        let address: Address
        let roles: [String]
        let matrix: [[Int]]
        let nickname: String?
        let updated: Date?
        let scopes: [String: Bool]
        let extra: JSONValue?
    }

    static let payload: [String: JSONValue] = [
        "sub": "1234567890", "admin": true, "age": 42, "score": 0.25, "exp": .integer(Int64(testNow) + 60),
        "address": ["city": "Lyon"], "roles": ["reader", "writer"], "matrix": [[1, 2], [], [3]],
        "scopes": ["notes:read": true, "notes:write": false], "extra": ["nested": [1, "two", nil]],
    ]

    /// Signs `claims` with the test secret and verifies them into `type`.
    static func decode<T: Decodable>(_ claims: [String: JSONValue], as type: T.Type) throws -> T {
        let token = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256).sign(claims)
        return try TestKeys.hs256Verifier().verify(token, as: type)
    }

    @Test("Nested structs, optionals, arrays, dictionaries, numbers, dates, Booleans and strings decode")
    func everyShapeDecodes() throws {
        let profile = try Self.decode(Self.payload, as: Profile.self)
        #expect(profile.sub == "1234567890")
        #expect(profile.admin == true)
        #expect(profile.age == 42)
        #expect(profile.score == 0.25)
        #expect(profile.exp == Date(timeIntervalSince1970: testNow + 60))
        #expect(profile.address == Address(city: "Lyon", zip: nil))
        #expect(profile.roles == ["reader", "writer"])
        #expect(profile.matrix == [[1, 2], [], [3]])
        #expect(profile.nickname == nil)
        #expect(profile.scopes == ["notes:read": true, "notes:write": false])
        #expect(profile.extra == ["nested": [1, "two", nil]])
    }

    @Test("An absent optional and an explicit null both decode as nil")
    func nullIsNil() throws {
        var claims = Self.payload
        claims["nickname"] = nil
        claims["address"] = ["city": "Lyon", "zip": .null]
        let profile = try Self.decode(claims, as: Profile.self)
        #expect(profile.address.zip == nil)
    }

    @Test("Decoding agrees with JSONDecoder on the same payload")
    func agreesWithJSONDecoder() throws {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        let expected = try decoder.decode(Profile.self, from: Data(JSONValue.object(Self.payload).description.utf8))
        #expect(try Self.decode(Self.payload, as: Profile.self) == expected)
    }

    @Test("A fractional NumericDate keeps its fraction; a whole Double decodes into Int")
    func numbersConvert() throws {
        struct Times: Decodable {
            let exp: Date
            let count: Int
            let ratio: Double
        }
        let times = try Self.decode(
            ["exp": .number(testNow + 60.5), "count": .number(3), "ratio": 2], as: Times.self)
        #expect(times.exp.timeIntervalSince1970 == testNow + 60.5)
        #expect(times.count == 3)
        #expect(times.ratio == 2)
    }

    @Test(
        "A value of the wrong type is an invalid claim whose message names the claim, the type and what the token has",
        arguments: [
            ("admin", JSONValue.string("yes"), "'admin' must be a Boolean; the token has a string"),
            ("age", 41.5, "'age' must be an integer that fits Int; the token has a number"),
            ("age", .number(1e20), "'age' must be an integer that fits Int; the token has a number"),
            ("nickname", 1, "'nickname' must be a string; the token has a number"),
            ("updated", "tomorrow", "'updated' must be a NumericDate (seconds since 1970); the token has a string"),
            ("roles", "reader", "'roles' must be an array; the token has a string"),
            ("address", ["city": 7], "'address.city' must be a string; the token has a number"),
            ("matrix", [[1], ["x"]], "'matrix.1.0' must be an integer that fits Int; the token has a string"),
            ("score", nil, "'score' must be a number; the token has null"),
        ] as [(String, JSONValue, String)])
    func wrongTypesAreClear(claim: String, value: JSONValue, message: String) throws {
        var claims = Self.payload
        claims[claim] = value
        do {
            _ = try Self.decode(claims, as: Profile.self)
            Issue.record("\(claim) = \(value) decoded")
        } catch JWTError.invalidClaim(let detail) {
            #expect(detail.contains(message), "\(detail)")
        }
    }

    @Test("A claim the type needs but the token lacks is a missing claim, also inside a nested struct")
    func missingClaimsAreNamed() throws {
        var claims = Self.payload
        claims["age"] = nil
        #expect(throws: JWTError.missingClaim("age")) { try Self.decode(claims, as: Profile.self) }
        claims = Self.payload
        claims["address"] = ["zip": "69001"]
        #expect(throws: JWTError.missingClaim("city")) { try Self.decode(claims, as: Profile.self) }
    }

    @Test("Claims that are not an object for a nested struct, or too short an array, are refused")
    func shapeErrors() throws {
        struct Pair: Decodable {
            let pair: Two
            struct Two: Decodable {
                let first: Int
                let second: Int
                init(from decoder: any Decoder) throws {
                    var elements = try decoder.unkeyedContainer()
                    first = try elements.decode(Int.self)
                    second = try elements.decode(Int.self)
                }
            }
        }
        #expect(throws: JWTError.self) { try Self.decode(["pair": [1]], as: Pair.self) }
        #expect(throws: JWTError.self) { try Self.decode(["pair": ["first": 1]], as: Pair.self) }
        #expect(try Self.decode(["pair": [1, 2]], as: Pair.self).pair.second == 2)
    }

    // MARK: Encoding

    @Test("Signing writes the same payload bytes as JSONEncoder with sorted keys and NumericDate seconds")
    func encodingMatchesJSONEncoder() throws {
        let profile = try Self.decode(Self.payload, as: Profile.self)
        let token = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256).sign(profile)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = [UInt8](try encoder.encode(profile))
        #expect(Craft.bytes(fromBase64url: Craft.segments(of: token)[1]) == expected)
    }

    @Test("Floats, fractional dates, unsigned integers, URLs and data encode as JSONEncoder writes them")
    func specialValuesMatchJSONEncoder() throws {
        struct Special: Codable, Equatable {
            let ratio: Float
            let iat: Date
            let big: UInt64
            let small: Int8
            let site: URL
            let blob: Data
        }
        let special = Special(
            ratio: 0.1, iat: Date(timeIntervalSince1970: 1_699_999_000.5), big: UInt64(Int64.max), small: -3,
            site: URL(string: "https://example.com/a")!, blob: Data([0, 1, 254, 255]))
        let token = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256).sign(special)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(special), as: UTF8.self)
        let payload = String(decoding: Craft.bytes(fromBase64url: Craft.segments(of: token)[1]) ?? [], as: UTF8.self)
        #expect(payload == expected)
        #expect(try TestKeys.hs256Verifier().verify(token, as: Special.self) == special)
    }

    @Test("Claims with infinity, or that are not an object, cannot be signed")
    func unencodableClaimsAreRefused() throws {
        struct Infinite: Encodable { let score = Double.infinity }
        let signer = try JWTSigner(key: TestKeys.hmac(), algorithm: .hs256)
        #expect(code { _ = try signer.sign(Infinite()) } == "invalid_usage")
        #expect(code { _ = try signer.sign(["a", "b"]) } == "invalid_usage")
    }
}
