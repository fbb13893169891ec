// Exercise 1.3: verify an HS256 signature by hand, comparing MACs in constant time.
import ExerciseSupport
import JWTCore

/// Returns whether two byte strings are equal, in a time that does not depend on where they differ.
///
/// ```swift
/// try constantTimeEquals([1, 2, 3], [1, 2, 3]) // Returns true.
/// ```
public func constantTimeEquals(_ left: [UInt8], _ right: [UInt8]) throws -> Bool {
    // TODO: Return whether `left` and `right` hold the same bytes, without stopping at the first
    // difference. `==` returns as soon as two bytes differ, so an attacker who can time many
    // guesses learns how many leading bytes of a forged signature were right, and then guesses
    // the signature byte by byte. Arrays of different lengths are simply not equal (the length
    // of a MAC is no secret). For equal lengths, look at every pair of bytes, XOR them (zero when
    // they match), OR all those results into one accumulator, and compare it with zero at the end.
    throw ExerciseUnsolved("1.3")
}

/// Returns whether `token` carries a valid HS256 signature made with `secret`
/// (RFC 7515 §5.2, RFC 7518 §3.2).
///
/// A wrong signature returns false; a token that is not three segments throws
/// `JWTError.malformed`.
public func verifyHS256(_ token: String, secret: [UInt8]) throws -> Bool {
    // TODO: Check the token's signature yourself, as a verifier does before it trusts a claim.
    // Split the token into its three segments (keep empty ones) and throw `JWTError.malformed`
    // unless there are exactly three. The signature covers the signing input: the first two
    // segments as they appear in the token, joined by their dot. Compute the HMAC-SHA256 of the
    // signing input's UTF-8 bytes with `JWTKey.hmac(secret).messageAuthenticationCode(_:algorithm:)`,
    // decode the third segment with `Base64URL.decode`, and compare the two with your
    // `constantTimeEquals`. Return false, rather than throwing, for any signature that does not
    // match, including one that is not base64url at all.
    throw ExerciseUnsolved("1.3")
}
