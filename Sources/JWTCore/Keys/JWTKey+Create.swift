// Creating keys: HMAC secrets, PEM, and generation.

extension JWTKey {
    /// Creates an HMAC key from secret bytes.
    ///
    /// The secret must be at least 32 bytes, the minimum for HS256; HS384 and
    /// HS512 need 48 and 64 (RFC 7518 §3.2). Text that looks like asymmetric
    /// key material (a PEM block, an SSH public key line, a JWK) is refused:
    /// a public key used as an HMAC secret is the classic key-confusion
    /// attack (RFC 8725 §2.1).
    public static func hmac(_ secret: [UInt8], kid: String? = nil) throws(JWTError) -> JWTKey {
        guard secret.count >= 32 else {
            throw .keyInvalid("HMAC secrets must be at least 32 bytes; this one has \(secret.count) (RFC 7518 §3.2)")
        }
        if let reason = asymmetricLookalike(secret) {
            throw .keyInvalid("this looks like \(reason), which must never be used as an HMAC secret (RFC 8725 §2.1)")
        }
        return JWTKey(material: .secret(try HMACSecret(secret)), kid: kid)
    }

    /// Creates an HMAC key from the UTF-8 bytes of a string, as PyJWT does with a `str` key.
    ///
    /// ```swift
    /// let key = try JWTKey.hmac("correct-horse-battery-staple-and-some-more-words")
    /// ```
    public static func hmac(_ secret: String, kid: String? = nil) throws(JWTError) -> JWTKey {
        try hmac(Array(secret.utf8), kid: kid)
    }

    /// Generates a new random HMAC secret as long as `algorithm`'s hash output.
    public static func generateSecret(for algorithm: JWTAlgorithm = .hs256, kid: String? = nil) throws(JWTError) -> JWTKey {
        guard let digest = algorithm.digest, algorithm.isSymmetric else {
            throw .invalidUsage("\(algorithm.rawValue) does not use a shared secret")
        }
        return try hmac(try secureRandomBytes(count: digest.outputLength), kid: kid)
    }

    /// Returns cryptographically secure random bytes from OpenSSL, for secrets and token IDs.
    public static func randomBytes(count: Int) throws(JWTError) -> [UInt8] {
        try secureRandomBytes(count: count)
    }

    /// Reads a key from PEM text: a public key (SPKI "PUBLIC KEY" or PKCS#1
    /// "RSA PUBLIC KEY"), a private key (PKCS#8 "PRIVATE KEY", PKCS#1 "RSA
    /// PRIVATE KEY" or SEC1 "EC PRIVATE KEY"), or a certificate's public key.
    ///
    /// RSA keys under 2048 bits are refused (RFC 7518 §3.3).
    public init(pem: String, kid: String? = nil) throws(JWTError) {
        self.init(material: .asymmetric(try EVPKey(pem: pem)), kid: kid)
    }

    /// Generates a new key for `algorithm`: a key pair for RSA (2048 bits),
    /// EC and EdDSA, or a random secret for HMAC.
    public static func generate(for algorithm: JWTAlgorithm, kid: String? = nil) throws(JWTError) -> JWTKey {
        let type: AsymmetricKeyType
        switch algorithm.keyFamily {
        case .hmac: return try generateSecret(for: algorithm, kid: kid)
        case .rsa: type = .rsa
        case .ecP256: type = .ecP256
        case .ecP384: type = .ecP384
        case .ecP521: type = .ecP521
        case .ed25519: type = .ed25519
        }
        return JWTKey(material: .asymmetric(try EVPKey.generate(type)), kid: kid, algorithm: nil)
    }

    /// The public key as SPKI PEM ("-----BEGIN PUBLIC KEY-----").
    public func publicKeyPEM() throws(JWTError) -> String {
        guard case .asymmetric(let key) = material else { throw .invalidUsage("an HMAC secret has no PEM form") }
        return try key.publicKeyPEM()
    }

    /// The private key as PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----").
    public func privateKeyPEM() throws(JWTError) -> String {
        guard case .asymmetric(let key) = material else { throw .invalidUsage("an HMAC secret has no PEM form") }
        return try key.privateKeyPEM()
    }

    /// Names the kind of asymmetric key material `bytes` looks like, or returns `nil`.
    private static func asymmetricLookalike(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self).trimmingLeadingWhitespace()
        if text.hasPrefix("-----BEGIN") { return "a PEM key or certificate" }
        for prefix in ["ssh-rsa ", "ssh-ed25519 ", "ecdsa-sha2-nistp", "ssh-dss "] where text.hasPrefix(prefix) {
            return "an SSH public key"
        }
        if text.hasPrefix("{"), text.contains("\"kty\"") { return "a JWK" }
        return nil
    }
}

extension String {
    func trimmingLeadingWhitespace() -> Substring {
        self.drop(while: { $0.isWhitespace })
    }
}
