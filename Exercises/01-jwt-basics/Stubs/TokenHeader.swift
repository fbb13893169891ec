// Exercise 1.2: split a token into its three segments and decode its header, without verifying anything.
import ExerciseSupport
import JWTCore

/// Returns the header of a compact JWT as a JSON object (RFC 7515 §7.1).
///
/// Reading the header verifies nothing: whoever made the token wrote it.
///
/// ```swift
/// try decodeHeader(of: "eyJhbGciOiJIUzI1NiJ9.e30.c2ln") // Returns ["alg": "HS256"].
/// ```
public func decodeHeader(of token: String) throws -> [String: JSONValue] {
    // TODO: Split `token` at its dots and return its first segment, the header, as a JSON object.
    // A compact JWT is exactly three segments, header.payload.signature, and each one is
    // base64url text without padding. Keep empty segments when you split, so "a.b." counts as
    // three. Decode the header with JWTCore's `Base64URL.decode`, which returns nil for anything
    // that is not canonical base64url, and parse the bytes with `JSONParser.parseObject`, which
    // throws unless they are exactly one JSON object. Whenever something is wrong (not three
    // segments, not base64url, not a JSON object) throw `JWTError.malformed` with a short reason.
    // Leave the payload and the signature alone: this exercise only reads the header.
    throw ExerciseUnsolved("1.2")
}
