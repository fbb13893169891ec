// Decoding Codable claims straight from the strict parser's JSON values.
import Foundation

/// A `Decoder` that reads a ``JSONValue`` the strict parser already produced,
/// so a payload is parsed once, not a second time by `JSONDecoder`.
///
/// It follows `JSONDecoder`'s rules for the types claims use: strings, Booleans,
/// integers that must be exact, floating-point numbers, `Date` from NumericDate
/// seconds since 1970 (RFC 7519 §2), `Data` from standard base64, `URL` from a
/// string, optionals, arrays, dictionaries and nested types. A value of the
/// wrong type is a `DecodingError.typeMismatch` whose description names the
/// claim, the expected type and what the token holds.
///
/// ```swift
/// let claims = try JSONParser.parseObject(Array(#"{"sub":"1","exp":1700000900}"#.utf8))
/// let session = try ClaimsDecoder.decode(Session.self, from: .object(claims))
/// ```
struct ClaimsDecoder: Decoder {
    let value: JSONValue
    /// The path to the container that holds `value`, and `value`'s own key in
    /// it: kept apart so that reading a member builds no array unless an error
    /// or a nested container needs the whole path.
    private let parentPath: [any CodingKey]
    private let key: (any CodingKey)?
    var codingPath: [any CodingKey] { key.map { parentPath + [$0] } ?? parentPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(value: JSONValue, parentPath: [any CodingKey], key: (any CodingKey)?) {
        self.value = value
        self.parentPath = parentPath
        self.key = key
    }

    /// Decodes `type` from `value`.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try ClaimsDecoder(value: value, parentPath: [], key: nil).decodeValue(type)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch(expected: "an object") }
        return KeyedDecodingContainer(KeyedClaimsContainer<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch(expected: "an array") }
        return UnkeyedClaimsContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    /// Decodes `type`, with the special cases `JSONDecoder` makes for dates,
    /// data, URLs and decimals, and none of its work for a ``JSONValue``.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == JSONValue.self { return value as! T }
        if T.self == Date.self {
            guard let seconds = value.doubleValue, seconds.isFinite else {
                throw mismatch(expected: "a NumericDate (seconds since 1970)")
            }
            return Date(timeIntervalSince1970: seconds) as! T
        }
        if T.self == Data.self {
            guard case .string(let text) = value, let data = Data(base64Encoded: text) else {
                throw mismatch(expected: "base64 data")
            }
            return data as! T
        }
        if T.self == URL.self {
            guard case .string(let text) = value, let url = URL(string: text) else { throw mismatch(expected: "a URL") }
            return url as! T
        }
        if T.self == Decimal.self {
            switch value {
            case .integer(let integer): return Decimal(integer) as! T
            case .number(let number): return Decimal(number) as! T
            default: throw mismatch(expected: "a number")
            }
        }
        return try T(from: self)
    }

    /// The error for a value that is not of the expected type.
    func mismatch(expected: String) -> DecodingError {
        let name = codingPath.isEmpty ? "the claims" : "'\(codingPath.map(\.stringValue).joined(separator: "."))'"
        return DecodingError.typeMismatch(
            Any.self,
            .init(codingPath: codingPath, debugDescription: "\(name) must be \(expected); the token has \(value.kindDescription)")
        )
    }

    /// Reads an integer of type `T`, which the value must hold exactly.
    func decodeInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard let integer = value.int64Value.flatMap(T.init(exactly:)) else {
            throw mismatch(expected: "an integer that fits \(T.self)")
        }
        return integer
    }
}

extension ClaimsDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool { value == .null }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let flag) = value else { throw mismatch(expected: "a Boolean") }
        return flag
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let string) = value else { throw mismatch(expected: "a string") }
        return string
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard let number = value.doubleValue else { throw mismatch(expected: "a number") }
        return number
    }

    func decode(_ type: Float.Type) throws -> Float {
        guard let number = value.doubleValue, number.isNaN || abs(number) <= Double(Float.greatestFiniteMagnitude) else {
            throw mismatch(expected: "a number that fits Float")
        }
        return Float(number)
    }

    func decode(_ type: Int.Type) throws -> Int { try decodeInteger(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decodeInteger(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decodeInteger(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decodeInteger(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decodeInteger(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decodeInteger(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeInteger(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeInteger(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeInteger(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeInteger(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }
}

/// The members of a JSON object, read by key.
private struct KeyedClaimsContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONValue]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    /// The decoder for the member named by `key`; a missing member is `keyNotFound`.
    private func member(_ key: Key) throws -> ClaimsDecoder {
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "the token has no '\(key.stringValue)' claim"))
        }
        return ClaimsDecoder(value: value, parentPath: codingPath, key: key)
    }

    func decodeNil(forKey key: Key) throws -> Bool { members[key.stringValue].map { $0 == .null } ?? true }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try member(key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try member(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try member(key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try member(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try member(key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try member(key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try member(key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try member(key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try member(key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try member(key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try member(key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try member(key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try member(key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try member(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try member(key).decodeValue(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try member(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try member(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        ClaimsDecoder(value: members["super"] ?? .null, parentPath: codingPath, key: ClaimsCodingKey(stringValue: "super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        ClaimsDecoder(value: members[key.stringValue] ?? .null, parentPath: codingPath, key: key)
    }
}

/// The elements of a JSON array, read in order.
private struct UnkeyedClaimsContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let codingPath: [any CodingKey]
    private(set) var currentIndex = 0

    init(elements: [JSONValue], codingPath: [any CodingKey]) {
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    /// The decoder for the next element; past the end is `valueNotFound`.
    private mutating func next<T>(_ type: T.Type) throws -> ClaimsDecoder {
        let key = ClaimsCodingKey(intValue: currentIndex)
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: codingPath + [key], debugDescription: "the array has only \(elements.count) elements"))
        }
        currentIndex += 1
        return ClaimsDecoder(value: elements[currentIndex - 1], parentPath: codingPath, key: key)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type).decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next(type).decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(type).decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next(type).decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(type).decode(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type).decode(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type).decodeValue(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next([String: JSONValue].self).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next([JSONValue].self).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try next(JSONValue.self) }
}

/// A coding key for array positions and `super`, as paths in error messages need.
private struct ClaimsCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension JSONValue {
    /// What kind of value this is, for error messages ("a string", "null").
    var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a Boolean"
        case .integer, .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
