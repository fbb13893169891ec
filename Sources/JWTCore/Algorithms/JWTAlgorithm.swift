// The JWS signature algorithms JWTCore implements (RFC 7518 §3, RFC 8037 §3.1).

/// A JWS signature algorithm, named as in a token header's `alg`.
///
/// There is deliberately no `none` case: an unsecured token can never be
/// verified, whatever a caller allows (RFC 8725 §3.1).
///
/// ```swift
/// let algorithm = JWTAlgorithm(rawValue: "ES256") // Returns .es256.
/// ```
public enum JWTAlgorithm: String, Sendable, CaseIterable, Codable {
    case hs256 = "HS256"
    case hs384 = "HS384"
    case hs512 = "HS512"
    case rs256 = "RS256"
    case rs384 = "RS384"
    case rs512 = "RS512"
    case ps256 = "PS256"
    case ps384 = "PS384"
    case ps512 = "PS512"
    case es256 = "ES256"
    case es384 = "ES384"
    case es512 = "ES512"
    case edDSA = "EdDSA"

    /// The family of keys this algorithm signs with.
    public var keyFamily: JWTKey.Family {
        switch self {
        case .hs256, .hs384, .hs512: .hmac
        case .rs256, .rs384, .rs512, .ps256, .ps384, .ps512: .rsa
        case .es256: .ecP256
        case .es384: .ecP384
        case .es512: .ecP521
        case .edDSA: .ed25519
        }
    }

    /// Whether the algorithm uses one shared secret (HMAC) rather than a key pair.
    public var isSymmetric: Bool { keyFamily == .hmac }

    /// The SHA-2 digest the algorithm hashes with; `nil` for EdDSA.
    var digest: Digest? {
        switch self {
        case .hs256, .rs256, .ps256, .es256: .sha256
        case .hs384, .rs384, .ps384, .es384: .sha384
        case .hs512, .rs512, .ps512, .es512: .sha512
        case .edDSA: nil
        }
    }

    /// How the algorithm uses an asymmetric key; `nil` for HMAC.
    var signatureScheme: SignatureScheme? {
        switch self {
        case .hs256, .hs384, .hs512: nil
        case .rs256, .rs384, .rs512: .rsaPKCS1(digest!)
        case .ps256, .ps384, .ps512: .rsaPSS(digest!)
        case .es256, .es384, .es512: .ecdsa(digest!)
        case .edDSA: .ed25519
        }
    }
}
