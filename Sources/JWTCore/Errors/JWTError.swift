// The one error type of JWTCore: every way a token can fail, and API misuse.

/// An error from creating, signing or verifying a JSON Web Token.
///
/// Each token failure has a stable, machine-readable ``code`` in snake_case,
/// so a server or a test can tell failures apart without parsing messages.
/// The doc comment of each case names its PyJWT counterpart.
///
/// ```swift
/// do {
///     let claims = try verifier.verify(token)
/// } catch .expired {
///     // Ask the client to refresh its token.
/// } catch {
///     print(error.code) // Prints "bad_signature", for example.
/// }
/// ```
public enum JWTError: Error, Sendable, Equatable {
    /// The token is not a well-formed compact JWS: not three segments,
    /// non-canonical base64url, or a header or payload that is not a strict
    /// JSON object (PyJWT: `DecodeError`).
    case malformed(String)

    /// The token is larger than the configured limit; nothing else was
    /// checked (PyJWT has no counterpart).
    case tooLarge(size: Int, limit: Int)

    /// The header's `alg` is missing, is `none`, is not in the caller's
    /// allow-list, or does not fit the key (PyJWT: `InvalidAlgorithmError`).
    case algorithmNotAllowed(String)

    /// The header lists a critical extension in `crit` that this verifier
    /// does not understand (RFC 7515 §4.1.11; PyJWT: `InvalidTokenError`).
    case critUnsupported(String)

    /// No key in the key set matches the token's `kid`, or a key set with
    /// several keys got a token with no `kid` (PyJWT: `PyJWKClientError`).
    case keyNotFound(String)

    /// A key could not be read, is too small, or cannot be used for the
    /// requested operation (PyJWT: `InvalidKeyError`).
    case keyInvalid(String)

    /// The signature does not match the header and payload
    /// (PyJWT: `InvalidSignatureError`).
    case badSignature

    /// The current time is at or after `exp` plus the leeway
    /// (RFC 7519 §4.1.4; PyJWT: `ExpiredSignatureError`).
    case expired

    /// The current time is before `nbf` minus the leeway
    /// (RFC 7519 §4.1.5; PyJWT: `ImmatureSignatureError`).
    case notYetValid

    /// The token's `iat` lies in the future beyond the leeway
    /// (RFC 7519 §4.1.6; PyJWT: `ImmatureSignatureError`).
    case issuedInFuture

    /// The `iss` claim is not the expected issuer
    /// (RFC 7519 §4.1.1; PyJWT: `InvalidIssuerError`).
    case invalidIssuer(String)

    /// The `aud` claim does not name an expected audience, or the token has
    /// an audience while none was configured (RFC 7519 §4.1.3; PyJWT:
    /// `InvalidAudienceError`).
    case invalidAudience(String)

    /// A claim that validation requires is absent
    /// (PyJWT: `MissingRequiredClaimError`).
    case missingClaim(String)

    /// A claim has the wrong type or an impossible value, such as an `exp`
    /// that is not a finite number (PyJWT: `InvalidTokenError`).
    case invalidClaim(String)

    /// The library was called the wrong way, for example with an empty list
    /// of allowed algorithms. This is a programming error, not a token
    /// failure, and has no token-failure ``code`` (PyJWT: `TypeError` or
    /// `ValueError`).
    case invalidUsage(String)
}

extension JWTError {
    /// The stable snake_case code of this error, such as `"expired"`.
    ///
    /// Misuse of the API reports `"invalid_usage"`; every other code names a
    /// token failure.
    public var code: String {
        switch self {
        case .malformed: "malformed"
        case .tooLarge: "too_large"
        case .algorithmNotAllowed: "algorithm_not_allowed"
        case .critUnsupported: "crit_unsupported"
        case .keyNotFound: "key_not_found"
        case .keyInvalid: "key_invalid"
        case .badSignature: "bad_signature"
        case .expired: "expired"
        case .notYetValid: "not_yet_valid"
        case .issuedInFuture: "issued_in_future"
        case .invalidIssuer: "invalid_issuer"
        case .invalidAudience: "invalid_audience"
        case .missingClaim: "missing_claim"
        case .invalidClaim: "invalid_claim"
        case .invalidUsage: "invalid_usage"
        }
    }

    /// The codes of every token failure, in the order the library checks them.
    public static let tokenFailureCodes: [String] = [
        "too_large", "malformed", "algorithm_not_allowed", "crit_unsupported",
        "key_not_found", "key_invalid", "bad_signature", "expired", "not_yet_valid",
        "issued_in_future", "invalid_issuer", "invalid_audience", "missing_claim",
        "invalid_claim",
    ]

    /// Whether this error describes a bad token or key rather than API misuse.
    public var isTokenFailure: Bool {
        if case .invalidUsage = self { return false }
        return true
    }

    /// A one-line message for people. It never contains the token itself.
    public var message: String {
        switch self {
        case .malformed(let detail): "Malformed token: \(detail)"
        case .tooLarge(let size, let limit): "Token is \(size) bytes, over the limit of \(limit) bytes"
        case .algorithmNotAllowed(let detail): "Algorithm not allowed: \(detail)"
        case .critUnsupported(let detail): "Unsupported critical header: \(detail)"
        case .keyNotFound(let detail): "Key not found: \(detail)"
        case .keyInvalid(let detail): "Invalid key: \(detail)"
        case .badSignature: "Signature verification failed"
        case .expired: "Token has expired"
        case .notYetValid: "Token is not yet valid (nbf)"
        case .issuedInFuture: "Token was issued in the future (iat)"
        case .invalidIssuer(let detail): "Invalid issuer: \(detail)"
        case .invalidAudience(let detail): "Invalid audience: \(detail)"
        case .missingClaim(let name): "Missing required claim: \(name)"
        case .invalidClaim(let detail): "Invalid claim: \(detail)"
        case .invalidUsage(let detail): "Invalid use of JWTCore: \(detail)"
        }
    }
}

extension JWTError: CustomStringConvertible {
    public var description: String { message }
}
