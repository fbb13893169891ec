// What an attacker who holds a token but not the secret can change, and why each change is caught.
import JWTCore

/// Returns `token` with its payload replaced by `claims` and its old
/// signature kept: all an attacker without the secret can do.
func replacingPayload(of token: String, with claims: [String: JSONValue]) -> String {
    var segments = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard segments.count == 3 else { return token }
    segments[1] = encodeSegment(.object(claims))
    return segments.joined(separator: ".")
}

/// Returns `token` with one character in the middle of its signature changed.
///
/// The middle, not the end: the last character of an HS256 signature also
/// holds two unused bits, and a lenient decoder reads some changes to it as
/// the very same bytes.
func changingSignatureCharacter(of token: String) -> String {
    guard let lastDot = token.lastIndex(of: ".") else { return token }
    var signature = Array(token[token.index(after: lastDot)...])
    guard !signature.isEmpty else { return token }
    let middle = signature.count / 2
    signature[middle] = signature[middle] == "A" ? "B" : "A"
    return String(token[...lastDot]) + String(signature)
}
