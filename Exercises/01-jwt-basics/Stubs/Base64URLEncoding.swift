// Exercise 1.1: encode bytes as base64url without padding, the text form of every JWT segment.
import ExerciseSupport

/// Encodes bytes as base64url without padding (RFC 4648 §5, RFC 7515 §2).
///
/// ```swift
/// try base64URLEncode(Array("hi?".utf8)) // Returns "aGk_".
/// ```
public func base64URLEncode(_ bytes: [UInt8]) throws -> String {
    // TODO: Return `bytes` as base64url text without padding, the way a JWT writes each of its
    // three segments. Base64 turns every 3 bytes (24 bits) into 4 characters of 6 bits each,
    // taken from a 64-character alphabet; base64url uses "-" and "_" where base64 uses "+" and
    // "/", so the text is safe in a URL; and a JWT leaves out the "=" padding at the end. So the
    // bytes of "hi?" become "aGk_", and the single byte of "f" becomes "Zg". Write it by hand, or
    // start from Foundation's `Data.base64EncodedString()`, but do not call JWTCore's
    // `Base64URL.encode`: the point is to see how it works.
    throw ExerciseUnsolved("1.1")
}
