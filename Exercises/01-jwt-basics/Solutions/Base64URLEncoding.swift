// Exercise 1.1: encode bytes as base64url without padding, the text form of every JWT segment.
import ExerciseSupport

/// The 64 characters of base64url, in order: "-" and "_" take the places of base64's "+" and "/".
private let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

/// Encodes bytes as base64url without padding (RFC 4648 §5, RFC 7515 §2).
///
/// ```swift
/// try base64URLEncode(Array("hi?".utf8)) // Returns "aGk_".
/// ```
public func base64URLEncode(_ bytes: [UInt8]) throws -> String {
    var encoded = ""
    // Take the bytes three at a time: 3 bytes are 24 bits, exactly 4 characters of 6 bits.
    for start in stride(from: 0, to: bytes.count, by: 3) {
        let chunk = bytes[start..<min(start + 3, bytes.count)]
        // Pack the chunk into the low 24 bits of one number, first byte highest.
        // A short last chunk leaves zeros where its missing bytes would be.
        var bits: UInt32 = 0
        for (position, byte) in chunk.enumerated() {
            bits |= UInt32(byte) << (16 - 8 * position)
        }
        // One byte needs 2 characters, two bytes need 3, and three need 4. Base64 would fill
        // the rest of a short chunk with "=", but a JWT leaves the padding out.
        for position in 0...chunk.count {
            let sixBits = bits >> (18 - 6 * position) & 0b11_1111
            encoded.append(alphabet[Int(sixBits)])
        }
    }
    return encoded
}
