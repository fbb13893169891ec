// Writing any Codable value as compact JSON with sorted member names, as the claims are written.
import Foundation

/// Compact JSON with sorted member names, written by the encoder that
/// writes every token's claims.
///
/// It writes what `JSONEncoder` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.secondsSince1970` for a `Date`), without
/// `JSONEncoder`'s generic containers, so a server can answer with it on
/// every request: the workbook's servers do (WebSupport's
/// `SortedJSONEncoder`).
///
/// ```swift
/// let bytes = try CompactJSON.encode(["username": "john_doe", "id": "1"])
/// print(String(decoding: bytes, as: UTF8.self)) // Prints {"id":"1","username":"john_doe"}
/// ```
public enum CompactJSON {
    /// Encodes `value`, of any JSON shape, or throws
    /// ``JWTError/invalidUsage(_:)`` when it cannot be encoded: its
    /// `encode(to:)` threw, or it holds infinity or NaN.
    public static func encode(_ value: some Encodable) throws(JWTError) -> [UInt8] {
        try ClaimsEncoder.encode(value, what: "value", requiringObject: false)
    }
}
