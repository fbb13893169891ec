// Encoding Codable claims straight into JSON bytes.
import Foundation

/// An `Encoder` that collects what a `Codable` type encodes and writes it as
/// compact JSON with sorted member names, as ``JSONWriter`` writes a
/// ``JSONValue``; it replaces `JSONEncoder` when signing.
///
/// It writes what `JSONEncoder` with `.sortedKeys` and `.secondsSince1970`
/// dates writes: `Date` as NumericDate seconds, `Data` as standard base64,
/// `URL` as its string, and it refuses infinity and NaN.
///
/// ```swift
/// let payload = try ClaimsEncoder.encodeObject(Session(sub: "1", exp: Date()))
/// print(String(decoding: payload, as: UTF8.self)) // Prints {"exp":1700000900,"sub":"1"}, for example.
/// ```
final class ClaimsEncoder: Encoder {
    /// The path to the container this encoder's value is in, and the key in
    /// it, kept apart: the whole path is only built when something asks for
    /// it, such as an error, so encoding a scalar or an enum member
    /// allocates no path.
    private let parentPath: [any CodingKey]
    private let key: (any CodingKey)?
    var codingPath: [any CodingKey] { key.map { parentPath + [$0] } ?? parentPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What has been encoded so far: nothing, one value, or a container being filled.
    fileprivate var node: EncodedNode = .value(nil)

    fileprivate init(codingPath: [any CodingKey]) {
        self.parentPath = codingPath
        self.key = nil
    }

    /// An encoder for the member `key` of the container at `parentPath`.
    fileprivate init(parentPath: [any CodingKey], key: any CodingKey) {
        self.parentPath = parentPath
        self.key = key
    }

    /// An encoder at the same place as `other`, for a value `other`'s single-value container holds.
    fileprivate init(samePlaceAs other: ClaimsEncoder) {
        self.parentPath = other.parentPath
        self.key = other.key
    }

    /// Encodes `value` as compact JSON with sorted member names.
    static func encodeObject(_ value: some Encodable) throws(JWTError) -> [UInt8] {
        try encode(value, what: "claims", requiringObject: true)
    }

    /// Encodes `value`, an object unless `requiringObject` is false; `what`
    /// names the value in the errors.
    static func encode(_ value: some Encodable, what: String, requiringObject: Bool) throws(JWTError) -> [UInt8] {
        let encoder = ClaimsEncoder(codingPath: [])
        do {
            if let json = try specialCase(value, codingPath: []) {
                encoder.node = .value(json)
            } else {
                try value.encode(to: encoder)
            }
        } catch {
            throw .invalidUsage("the \(what) could not be encoded: \(error)")
        }
        if requiringObject {
            guard case .object = encoder.node.resolvedKind else { throw .invalidUsage("\(what) must encode to a JSON object") }
        }
        var output: [UInt8] = []
        output.reserveCapacity(256)
        guard encoder.node.write(to: &output) else {
            throw .invalidUsage("the \(what) cannot hold infinity or NaN: JSON cannot represent them")
        }
        return output
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: ObjectNode
        if case .object(let existing) = node {
            object = existing
        } else {
            object = ObjectNode()
            node = .object(object)
        }
        return KeyedEncodingContainer(KeyedClaimsEncodingContainer<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: ArrayNode
        if case .array(let existing) = node {
            array = existing
        } else {
            array = ArrayNode()
            node = .array(array)
        }
        return UnkeyedClaimsEncodingContainer(array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleClaimsEncodingContainer(encoder: self) }

    /// Encodes `value` with the special cases `JSONEncoder` makes, and returns the result.
    fileprivate func encodeValue<T: Encodable>(_ value: T) throws -> JSONValue {
        if let json = try Self.specialCase(value, codingPath: codingPath) { return json }
        try value.encode(to: self)
        return node.resolved
    }

    /// The JSON for the types `JSONEncoder` does not encode through their own `encode(to:)`.
    fileprivate static func specialCase<T: Encodable>(_ value: T, codingPath: @autoclosure () -> [any CodingKey]) throws -> JSONValue? {
        // Comparing types first is much cheaper than trying each dynamic cast.
        if T.self == Date.self { return try number((value as! Date).timeIntervalSince1970, codingPath: codingPath()) }
        if T.self == JSONValue.self { return value as? JSONValue }
        if T.self == Data.self { return .string((value as! Data).base64EncodedString()) }
        if T.self == URL.self { return .string((value as! URL).absoluteString) }
        if T.self == Decimal.self {
            return try number(NSDecimalNumber(decimal: value as! Decimal).doubleValue, codingPath: codingPath())
        }
        return nil
    }

    /// An integer, exact when it fits 64 bits signed (a larger `UInt64` becomes a floating-point number).
    fileprivate static func integer(_ value: some BinaryInteger) -> JSONValue {
        Int64(exactly: value).map(JSONValue.integer) ?? .number(Double(value))
    }

    /// A `Float` with its own shortest digits, as `JSONEncoder` writes it ("0.1", not "0.10000000149").
    fileprivate static func number(_ value: Float, codingPath: @autoclosure () -> [any CodingKey]) throws -> JSONValue {
        try number(Double("\(value)") ?? Double(value), codingPath: codingPath())
    }

    /// A finite number, as an integer when it is a whole number that fits 64 bits.
    fileprivate static func number(_ number: Double, codingPath: @autoclosure () -> [any CodingKey]) throws -> JSONValue {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(codingPath: codingPath(), debugDescription: "JSON has no infinity or NaN"))
        }
        if number.rounded() == number, let exact = Int64(exactly: number) { return .integer(exact) }
        return .number(number)
    }
}

/// A value, or a container still being filled through a reference.
private enum EncodedNode {
    case value(JSONValue?)
    case object(ObjectNode)
    case array(ArrayNode)

    /// Whether this node is an object, array or scalar, without resolving it.
    var resolvedKind: JSONValue {
        switch self {
        case .value(let value): value ?? .object([:])
        case .object: .object([:])
        case .array: .array([])
        }
    }

    /// The value as a ``JSONValue``; a value that encoded nothing is an empty object, as in `JSONEncoder`.
    var resolved: JSONValue {
        switch self {
        case .value(let value): value ?? .object([:])
        case .object(let object): .object(Dictionary(object.members.map { ($0.name, $0.node.resolved) }) { _, last in last })
        case .array(let array): .array(array.elements.map(\.resolved))
        }
    }

    /// Writes the node as ``JSONWriter`` writes its ``resolved`` value, without
    /// building that value; `false` for a number JSON cannot represent.
    func write(to output: inout [UInt8]) -> Bool {
        switch self {
        case .value(let value):
            return JSONWriter.write(value ?? .object([:]), to: &output)
        case .object(let object):
            object.members.sort { $0.name < $1.name }
            output.append(UInt8(ascii: "{"))
            for (position, member) in object.members.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                JSONWriter.writeString(member.name, to: &output)
                output.append(UInt8(ascii: ":"))
                guard member.node.write(to: &output) else { return false }
            }
            output.append(UInt8(ascii: "}"))
        case .array(let array):
            output.append(UInt8(ascii: "["))
            for (position, element) in array.elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                guard element.write(to: &output) else { return false }
            }
            output.append(UInt8(ascii: "]"))
        }
        return true
    }
}

/// An object's members in the order they were encoded; a name encoded twice keeps its last value.
private final class ObjectNode {
    var members: [(name: String, node: EncodedNode)] = []

    init() { members.reserveCapacity(8) }

    subscript(name: String) -> EncodedNode? {
        get { members.first { $0.name == name }?.node }
        set {
            let existing = members.firstIndex { $0.name == name }
            switch (existing, newValue) {
            case (let index?, let node?): members[index].node = node
            case (nil, let node?): members.append((name, node))
            case (let index?, nil): members.remove(at: index)
            case (nil, nil): break
            }
        }
    }
}

private final class ArrayNode {
    var elements: [EncodedNode] = []
}

private struct KeyedClaimsEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: ObjectNode
    let codingPath: [any CodingKey]

    func encodeNil(forKey key: Key) { object[key.stringValue] = .value(.null) }
    func encode(_ value: Bool, forKey key: Key) { object[key.stringValue] = .value(.bool(value)) }
    func encode(_ value: String, forKey key: Key) { object[key.stringValue] = .value(.string(value)) }
    func encode(_ value: Int, forKey key: Key) { object[key.stringValue] = .value(.integer(Int64(value))) }
    func encode(_ value: Int64, forKey key: Key) { object[key.stringValue] = .value(.integer(value)) }
    func encode(_ value: Int8, forKey key: Key) { object[key.stringValue] = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: Int16, forKey key: Key) { object[key.stringValue] = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: Int32, forKey key: Key) { object[key.stringValue] = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: UInt, forKey key: Key) { object[key.stringValue] = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: UInt8, forKey key: Key) { object[key.stringValue] = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: UInt16, forKey key: Key) { object[key.stringValue] = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: UInt32, forKey key: Key) { object[key.stringValue] = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: UInt64, forKey key: Key) { object[key.stringValue] = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: Float, forKey key: Key) throws {
        object[key.stringValue] = .value(try ClaimsEncoder.number(value, codingPath: codingPath + [key]))
    }

    func encode(_ value: Double, forKey key: Key) throws {
        object[key.stringValue] = .value(try ClaimsEncoder.number(value, codingPath: codingPath + [key]))
    }

    func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let json = try ClaimsEncoder.specialCase(value, codingPath: codingPath + [key]) {
            object[key.stringValue] = .value(json)
            return
        }
        let encoder = ClaimsEncoder(parentPath: codingPath, key: key)
        try value.encode(to: encoder)
        object[key.stringValue] = encoder.node
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectNode()
        object[key.stringValue] = .object(nested)
        return KeyedEncodingContainer(KeyedClaimsEncodingContainer<NestedKey>(object: nested, codingPath: codingPath + [key]))
    }

    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ArrayNode()
        object[key.stringValue] = .array(nested)
        return UnkeyedClaimsEncodingContainer(array: nested, codingPath: codingPath + [key])
    }

    func superEncoder() -> any Encoder { superEncoder(named: "super") }

    func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let encoder = ClaimsEncoder(codingPath: codingPath)
        let object = ObjectNode()
        encoder.node = .object(object)
        self.object[name] = .object(object)
        return encoder
    }
}

private struct UnkeyedClaimsEncodingContainer: UnkeyedEncodingContainer {
    let array: ArrayNode
    let codingPath: [any CodingKey]
    var count: Int { array.elements.count }

    mutating func encodeNil() { array.elements.append(.value(.null)) }
    mutating func encode(_ value: Bool) { array.elements.append(.value(.bool(value))) }
    mutating func encode(_ value: String) { array.elements.append(.value(.string(value))) }
    mutating func encode(_ value: Int) { array.elements.append(.value(.integer(Int64(value)))) }
    mutating func encode(_ value: Int64) { array.elements.append(.value(ClaimsEncoder.integer(value))) }
    mutating func encode(_ value: Int8) { array.elements.append(.value(ClaimsEncoder.integer(value))) }
    mutating func encode(_ value: Int16) { array.elements.append(.value(ClaimsEncoder.integer(value))) }
    mutating func encode(_ value: Int32) { array.elements.append(.value(ClaimsEncoder.integer(value))) }
    mutating func encode(_ value: UInt) { array.elements.append(.value(ClaimsEncoder.integer(value))) }
    mutating func encode(_ value: UInt8) { array.elements.append(.value(ClaimsEncoder.integer(value))) }
    mutating func encode(_ value: UInt16) { array.elements.append(.value(ClaimsEncoder.integer(value))) }
    mutating func encode(_ value: UInt32) { array.elements.append(.value(ClaimsEncoder.integer(value))) }
    mutating func encode(_ value: UInt64) { array.elements.append(.value(ClaimsEncoder.integer(value))) }
    mutating func encode(_ value: Float) throws { array.elements.append(.value(try ClaimsEncoder.number(value, codingPath: codingPath))) }
    mutating func encode(_ value: Double) throws { array.elements.append(.value(try ClaimsEncoder.number(value, codingPath: codingPath))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let encoder = ClaimsEncoder(codingPath: codingPath)
        array.elements.append(.value(try encoder.encodeValue(value)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectNode()
        array.elements.append(.object(nested))
        return KeyedEncodingContainer(KeyedClaimsEncodingContainer<NestedKey>(object: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ArrayNode()
        array.elements.append(.array(nested))
        return UnkeyedClaimsEncodingContainer(array: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = ClaimsEncoder(codingPath: codingPath)
        let object = ObjectNode()
        encoder.node = .object(object)
        array.elements.append(.object(object))
        return encoder
    }
}

private struct SingleClaimsEncodingContainer: SingleValueEncodingContainer {
    let encoder: ClaimsEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    func encodeNil() { encoder.node = .value(.null) }
    func encode(_ value: Bool) { encoder.node = .value(.bool(value)) }
    func encode(_ value: String) { encoder.node = .value(.string(value)) }
    func encode(_ value: Int) { encoder.node = .value(.integer(Int64(value))) }
    func encode(_ value: Int64) { encoder.node = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: Int8) { encoder.node = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: Int16) { encoder.node = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: Int32) { encoder.node = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: UInt) { encoder.node = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: UInt8) { encoder.node = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: UInt16) { encoder.node = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: UInt32) { encoder.node = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: UInt64) { encoder.node = .value(ClaimsEncoder.integer(value)) }
    func encode(_ value: Float) throws { encoder.node = .value(try ClaimsEncoder.number(value, codingPath: codingPath)) }
    func encode(_ value: Double) throws { encoder.node = .value(try ClaimsEncoder.number(value, codingPath: codingPath)) }

    func encode<T: Encodable>(_ value: T) throws {
        encoder.node = .value(try ClaimsEncoder(samePlaceAs: encoder).encodeValue(value))
    }
}
