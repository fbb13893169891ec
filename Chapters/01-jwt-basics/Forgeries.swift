// Tokens an attacker builds from scratch: an unsecured `alg: none` token and a key-confusion token.
import JWTCore

/// Builds an unsecured token: `"alg": "none"` and an empty signature
/// (RFC 7519 §6). Verifiers must refuse it (RFC 8725 §3.1).
func unsecuredToken(claims: [String: JSONValue]) -> String {
    let header: JSONValue = ["alg": "none", "typ": "JWT"]
    return encodeSegment(header) + "." + encodeSegment(.object(claims)) + "."
}

/// Builds the token of a key-confusion attack (RFC 8725 §2.1): a header
/// that says HS256, sent to a server that verifies RS256 with a public key.
///
/// A vulnerable library would use the public key's PEM text as an HMAC
/// secret, so the attacker signs with that text. JWTCore refuses to make
/// such a key, so this token carries 32 stand-in bytes instead; the
/// verifier refuses the header before it would look at them.
func keyConfusionToken(claims: [String: JSONValue]) -> String {
    let header: JSONValue = ["alg": "HS256", "typ": "JWT"]
    let standInSignature = [UInt8](repeating: 0, count: 32)
    return encodeSegment(header) + "." + encodeSegment(.object(claims)) + "." + Base64URL.encode(standInSignature)
}
