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
    // A compact JWT is exactly three segments. Empty segments are kept, so that a token with an
    // empty signature still has three and "a.b.c." has four.
    let segments = token.split(separator: ".", omittingEmptySubsequences: false)
    guard segments.count == 3 else {
        throw JWTError.malformed("expected 3 segments separated by dots, found \(segments.count)")
    }
    // The strict decoder refuses padding, whitespace and base64's "+" and "/".
    guard let headerBytes = Base64URL.decode(segments[0]) else {
        throw JWTError.malformed("the header is not base64url")
    }
    // The header must be one JSON object, such as {"alg":"HS256","typ":"JWT"}.
    guard let header = try? JSONParser.parseObject(headerBytes) else {
        throw JWTError.malformed("the header is not a JSON object")
    }
    return header
}
