// Generating new asymmetric keys.
import COpenSSL

extension EVPKey {
    /// Generates a new private key of `type` (RSA keys have 2048 bits unless `rsaBits` says more).
    static func generate(_ type: AsymmetricKeyType, rsaBits: Int = 2048) throws(JWTError) -> EVPKey {
        let algorithmName: String
        switch type {
        case .rsa: algorithmName = "RSA"
        case .ecP256, .ecP384, .ecP521: algorithmName = "EC"
        case .ed25519: algorithmName = "ED25519"
        }
        guard let context = EVP_PKEY_CTX_new_from_name(nil, algorithmName, nil) else {
            throw .keyInvalid("could not start key generation: \(takeOpenSSLError())")
        }
        defer { EVP_PKEY_CTX_free(context) }
        var ready = EVP_PKEY_keygen_init(context) == 1
        if type == .rsa {
            ready = ready && EVP_PKEY_CTX_set_rsa_keygen_bits(context, Int32(rsaBits)) == 1
        } else if let curve = type.curveName {
            ready = ready && EVP_PKEY_CTX_set_group_name(context, curve) == 1
        }
        var key: OpaquePointer? = nil
        guard ready, EVP_PKEY_generate(context, &key) == 1, let key else {
            throw .keyInvalid("key generation failed: \(takeOpenSSLError())")
        }
        return try EVPKey(owning: key, isPrivate: true)
    }
}
