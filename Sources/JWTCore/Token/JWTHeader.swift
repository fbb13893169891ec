// The JOSE header of a token (RFC 7515 §4).

/// The header of a token: `alg`, and the optional `typ`, `kid` and `crit`,
/// plus every member as sent.
public struct JWTHeader: Sendable, Equatable {
    /// Every member of the header, registered or not.
    public let fields: [String: JSONValue]

    /// The algorithm name as the token states it; it may be one JWTCore
    /// does not implement, such as `none`.
    public var algorithmName: String? { fields["alg"]?.stringValue }

    /// The algorithm, when it is one JWTCore implements.
    public var algorithm: JWTAlgorithm? { algorithmName.flatMap(JWTAlgorithm.init(rawValue:)) }

    /// The media type of the token, usually `JWT` (RFC 7519 §5.1).
    public var type: String? { fields["typ"]?.stringValue }

    /// The key id (RFC 7515 §4.1.4).
    public var kid: String? { fields["kid"]?.stringValue }

    /// The critical extensions the recipient must understand (RFC 7515 §4.1.11).
    public var critical: [String]? { fields["crit"]?.arrayValue?.compactMap(\.stringValue) }

    public init(fields: [String: JSONValue]) {
        self.fields = fields
    }

    /// The header members RFC 7515 and RFC 7519 define, which `crit` may not list.
    static let registeredNames: Set<String> = [
        "alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit",
    ]
}
