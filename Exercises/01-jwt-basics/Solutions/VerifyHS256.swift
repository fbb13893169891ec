// Exercise 1.3: verify an HS256 signature by hand, comparing MACs in constant time.
import ExerciseSupport
import JWTCore

/// Returns whether two byte strings are equal, in a time that does not depend on where they differ.
///
/// ```swift
/// try constantTimeEquals([1, 2, 3], [1, 2, 3]) // Returns true.
/// ```
public func constantTimeEquals(_ left: [UInt8], _ right: [UInt8]) throws -> Bool {
    // The length of a MAC is public, so different lengths may return at once.
    guard left.count == right.count else { return false }
    // XOR is zero exactly when two bytes match. OR-ing every XOR into one accumulator leaves it
    // zero only if all pairs match, and the loop never exits early, so its running time says
    // nothing about where the first difference is.
    var difference: UInt8 = 0
    for index in left.indices {
        difference |= left[index] ^ right[index]
    }
    return difference == 0
}

/// Returns whether `token` carries a valid HS256 signature made with `secret`
/// (RFC 7515 §5.2, RFC 7518 §3.2).
///
/// A wrong signature returns false; a token that is not three segments throws
/// `JWTError.malformed`.
public func verifyHS256(_ token: String, secret: [UInt8]) throws -> Bool {
    let segments = token.split(separator: ".", omittingEmptySubsequences: false)
    guard segments.count == 3 else {
        throw JWTError.malformed("expected 3 segments separated by dots, found \(segments.count)")
    }
    // The signature covers the header and payload exactly as sent, dot included, not the JSON
    // they decode to: re-encoding the JSON could change a byte and break the signature.
    let signingInput = Array("\(segments[0]).\(segments[1])".utf8)
    let expected = try JWTKey.hmac(secret).messageAuthenticationCode(signingInput, algorithm: .hs256)
    // A signature that is not even base64url cannot match: it is just a wrong signature.
    guard let signature = Base64URL.decode(segments[2]) else { return false }
    return try constantTimeEquals(expected, signature)
}
