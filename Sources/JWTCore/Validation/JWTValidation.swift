// The rules a verifier applies to a token's claims and shape.
import Foundation

/// What a verifier checks beyond the signature: time claims, issuer,
/// audience, required claims, and limits on the token's size.
///
/// The defaults are strict: no leeway, no audience (so a token that carries
/// `aud` is refused), and a 64 KiB size limit.
///
/// ```swift
/// var validation = JWTValidation()
/// validation.issuer = "https://auth.example.com"
/// validation.audience = ["notes-api"]
/// validation.leeway = 30
/// validation.requiredClaims = ["exp", "sub"]
/// ```
public struct JWTValidation: Sendable {
    /// Seconds of clock skew tolerated for `exp`, `nbf` and `iat`.
    public var leeway: TimeInterval = 0

    /// The issuer the `iss` claim must equal exactly; `nil` skips the check
    /// (RFC 7519 §4.1.1).
    public var issuer: String? = nil

    /// The audiences this verifier accepts; the token's `aud` must name at
    /// least one. When empty, a token that has an `aud` claim is refused
    /// (RFC 7519 §4.1.3).
    public var audience: [String] = []

    /// Claims the token must contain, such as `["exp", "sub"]`.
    public var requiredClaims: [String] = []

    /// Header extensions this caller understands and will check itself, so
    /// they may appear in `crit` (RFC 7515 §4.1.11).
    public var understoodCriticalHeaders: Set<String> = []

    /// The `typ` the header must have, compared without case and without an
    /// `application/` prefix (RFC 8725 §3.11); `nil` accepts any.
    public var expectedType: String? = nil

    /// The largest token accepted, in bytes, checked before anything else.
    public var maxTokenSize: Int = 64 * 1024

    /// The deepest nesting of JSON arrays and objects accepted in a header or payload.
    public var maxJSONDepth: Int = JSONParser.defaultMaxDepth

    /// The clock; tests and tools pass a fixed time instead of sleeping.
    public var now: @Sendable () -> Date = { Date() }

    /// Creates the default, strict validation rules.
    public init() {}
}
