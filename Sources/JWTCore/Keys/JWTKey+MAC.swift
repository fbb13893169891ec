// Computing an HMAC directly, for learners who verify a signature by hand.

extension JWTKey {
    /// Computes the HMAC of `message` with this secret, as the HS256/384/512
    /// algorithms do (RFC 7518 §3.2).
    ///
    /// ``JWTVerifier`` does this for you; the method exists so chapter 1 can
    /// show what a signature is. Compare MACs in constant time.
    ///
    /// ```swift
    /// let mac = try key.messageAuthenticationCode(Array("header.payload".utf8), algorithm: .hs256)
    /// ```
    public func messageAuthenticationCode(_ message: [UInt8], algorithm: JWTAlgorithm) throws(JWTError) -> [UInt8] {
        try check(for: algorithm, signing: true)
        return try withBytes(of: message) { input throws(JWTError) in
            try SignatureEngine.sign(input, key: self, algorithm: algorithm)
        }
    }
}
