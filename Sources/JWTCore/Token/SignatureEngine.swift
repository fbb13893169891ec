// Computing and checking signatures for any algorithm and key.

enum SignatureEngine {
    /// Signs `input` with `key` (already checked for `algorithm`).
    static func sign(_ input: UnsafeRawBufferPointer, key: JWTKey, algorithm: JWTAlgorithm) throws(JWTError) -> [UInt8] {
        switch key.material {
        case .secret(let secret):
            return try secret.authenticate(input, digest: algorithm.digest!)
        case .asymmetric(let evpKey):
            return try evpKey.sign(input, scheme: algorithm.signatureScheme!)
        }
    }

    /// Checks `signature` over `input`; MACs are compared in constant time.
    static func verify(
        _ signature: [UInt8], over input: UnsafeRawBufferPointer, key: JWTKey, algorithm: JWTAlgorithm
    ) throws(JWTError) -> Bool {
        switch key.material {
        case .secret(let secret):
            return try secret.verify(signature, over: input, digest: algorithm.digest!)
        case .asymmetric(let evpKey):
            return try evpKey.verify(signature, over: input, scheme: algorithm.signatureScheme!)
        }
    }
}
