// Parsing an application/x-www-form-urlencoded body, strictly.
import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body, the format an
/// OAuth2 password-grant login uses (RFC 6749 §4.3.2).
///
/// Parsing is strict: a bad `%` escape is ``WebError/malformedBody(_:)``,
/// bytes that are not UTF-8 after decoding are ``WebError/bodyNotUTF8``,
/// and a field given twice is ``WebError/invalidField(_:reason:)``, since
/// RFC 6749 §3.2 says parameters must not be repeated.
///
/// ```swift
/// let form = try FormFields(parsing: Array("username=john_doe&scope=".utf8))
/// print(form["username"] ?? "none") // Prints "john_doe".
/// ```
public struct FormFields: Sendable, Equatable {
    /// The decoded fields by name.
    public let values: [String: String]

    /// Parses `bytes`, the raw body.
    public init(parsing bytes: [UInt8]) throws(WebError) {
        var values: [String: String] = [:]
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0])
            let value = parts.count > 1 ? try Self.decode(parts[1]) : ""
            guard values[name] == nil else { throw .invalidField(name, reason: "is given more than once") }
            values[name] = value
        }
        self.values = values
    }

    /// The value of `name`, or `nil` when it is absent.
    public subscript(name: String) -> String? { values[name] }

    /// Decodes `+` to a space and `%XX` to a byte, then checks the result is UTF-8.
    private static func decode(_ encoded: ArraySlice<UInt8>) throws(WebError) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.count)
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let byte = encoded[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < encoded.endIndex, let high = hexValue(encoded[index + 1]), let low = hexValue(encoded[index + 2])
                else { throw .malformedBody("a '%' is not followed by two hexadecimal digits") }
                bytes.append(high << 4 | low)
                index += 2
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard Array(text.utf8) == bytes else { throw .bodyNotUTF8 }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension Request {
    /// Reads the body as form fields when the `Content-Type` is
    /// `application/x-www-form-urlencoded`; any other body reads as no fields,
    /// so the route reports the fields it needs as missing, as FastAPI does.
    public func decodeFormBody(limit: Int = RequestLimits.maxBodyBytes) async throws -> FormFields {
        let bytes = try await readUTF8Body(limit: limit)
        let mediaType = headers[.contentType]?.split(separator: ";").first?
            .trimmingCharacters(in: .whitespaces).lowercased()
        guard mediaType == "application/x-www-form-urlencoded" else { return try FormFields(parsing: []) }
        return try FormFields(parsing: bytes)
    }
}
