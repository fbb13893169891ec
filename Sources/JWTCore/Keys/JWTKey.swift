// A signing or verification key, bound to the family of algorithms it may be used with.
import COpenSSL

/// A key for signing or verifying tokens: an HMAC secret, or an RSA, EC or
/// Ed25519 key pair or public key.
///
/// A key knows its ``Family`` and is only ever used with algorithms of that
/// family, so an RSA public key can never be mistaken for an HMAC secret
/// (RFC 8725 §2.1, the "key confusion" attack). Create one from a secret,
/// from PEM, from a JWK, or generate one:
///
/// ```swift
/// let secret = try JWTKey.hmac("a long random secret of at least 32 bytes!!")
/// let pair = try JWTKey.generate(for: .es256, kid: "2026-11")
/// ```
public struct JWTKey: Sendable {
    /// The kind of key, which fixes the algorithms it can be used with.
    public enum Family: String, Sendable, Equatable, CaseIterable {
        case hmac = "HMAC"
        case rsa = "RSA"
        case ecP256 = "EC P-256"
        case ecP384 = "EC P-384"
        case ecP521 = "EC P-521"
        case ed25519 = "Ed25519"
    }

    enum Material: Sendable {
        case secret(HMACSecret)
        case asymmetric(EVPKey)
    }

    let material: Material

    /// The key id, matched against a token header's `kid` (RFC 7515 §4.1.4).
    public var kid: String?

    /// The one algorithm this key is restricted to, when its JWK says so with `alg`.
    public var algorithm: JWTAlgorithm?

    /// The JWK `use` member ("sig" or "enc"), when one was given.
    public var use: String?

    init(material: Material, kid: String? = nil, algorithm: JWTAlgorithm? = nil, use: String? = nil) {
        self.material = material
        self.kid = kid
        self.algorithm = algorithm
        self.use = use
    }

    /// The family of this key.
    public var family: Family {
        switch material {
        case .secret: .hmac
        case .asymmetric(let key):
            switch key.type {
            case .rsa: .rsa
            case .ecP256: .ecP256
            case .ecP384: .ecP384
            case .ecP521: .ecP521
            case .ed25519: .ed25519
            }
        }
    }

    /// Whether this key can sign: an HMAC secret or a private key.
    public var canSign: Bool {
        switch material {
        case .secret: true
        case .asymmetric(let key): key.isPrivate
        }
    }

    /// The key size in bits: the secret's length for HMAC, the modulus or curve size otherwise.
    public var bits: Int {
        switch material {
        case .secret(let secret): secret.bytes.count * 8
        case .asymmetric(let key): key.bits
        }
    }

    /// Returns this key with only its public half, for handing to verifiers.
    /// An HMAC secret has no public half, so this fails for one.
    public func publicKey() throws(JWTError) -> JWTKey {
        guard case .asymmetric(let key) = material else {
            throw .invalidUsage("an HMAC secret has no public key; share the secret itself only with trusted verifiers")
        }
        return JWTKey(material: .asymmetric(try key.publicOnly()), kid: kid, algorithm: algorithm, use: use)
    }

    /// Returns a copy of this key with the given key id.
    public func withKid(_ kid: String?) -> JWTKey {
        var copy = self
        copy.kid = kid
        return copy
    }

    /// Checks that this key may be used with `algorithm`, for signing or for verifying.
    func check(for algorithm: JWTAlgorithm, signing: Bool) throws(JWTError) {
        guard algorithm.keyFamily == family else {
            throw .algorithmNotAllowed("\(algorithm.rawValue) cannot be used with a \(family.rawValue) key")
        }
        if let restricted = self.algorithm, restricted != algorithm {
            throw .algorithmNotAllowed("this key is restricted to \(restricted.rawValue), not \(algorithm.rawValue)")
        }
        if let use, use != "sig" {
            throw .keyInvalid("this key's use is '\(use)', not 'sig'")
        }
        if signing, !canSign {
            throw .keyInvalid("signing needs a private key; this is a public key")
        }
        if case .secret(let secret) = material, let digest = algorithm.digest, secret.bytes.count < digest.outputLength {
            throw .keyInvalid(
                "\(algorithm.rawValue) needs a secret of at least \(digest.outputLength) bytes; this one has \(secret.bytes.count) (RFC 7518 §3.2)"
            )
        }
    }
}
