// An HMAC secret with its OpenSSL contexts keyed once for each digest.

/// The bytes of an HMAC secret and its keyed contexts, one per SHA-2 digest
/// the secret is long enough for (RFC 7518 §3.2).
struct HMACSecret: Sendable {
    let bytes: [UInt8]
    private let sha256: HMACContext?
    private let sha384: HMACContext?
    private let sha512: HMACContext?

    init(_ bytes: [UInt8]) throws(JWTError) {
        self.bytes = bytes
        sha256 = bytes.count >= 32 ? try HMACContext(secret: bytes, digest: .sha256) : nil
        sha384 = bytes.count >= 48 ? try HMACContext(secret: bytes, digest: .sha384) : nil
        sha512 = bytes.count >= 64 ? try HMACContext(secret: bytes, digest: .sha512) : nil
    }

    /// Computes the MAC of `message` with `digest`.
    func authenticate(_ message: UnsafeRawBufferPointer, digest: Digest) throws(JWTError) -> [UInt8] {
        guard let mac = try context(for: digest).authenticate(message) else {
            throw .keyInvalid("HMAC failed: \(takeOpenSSLError())")
        }
        return mac
    }

    /// Checks in constant time that `mac` is the MAC of `message` with `digest`.
    func verify(_ mac: [UInt8], over message: UnsafeRawBufferPointer, digest: Digest) throws(JWTError) -> Bool {
        guard let matches = try context(for: digest).verify(mac, over: message) else {
            throw .keyInvalid("HMAC failed: \(takeOpenSSLError())")
        }
        return matches
    }

    private func context(for digest: Digest) throws(JWTError) -> HMACContext {
        let context: HMACContext?
        switch digest {
        case .sha256: context = sha256
        case .sha384: context = sha384
        case .sha512: context = sha512
        }
        guard let context else {
            throw .keyInvalid("the secret is shorter than \(digest.outputLength) bytes (RFC 7518 §3.2)")
        }
        return context
    }
}
