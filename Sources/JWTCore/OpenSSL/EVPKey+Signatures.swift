// Signing and verifying with RSA (PKCS#1 v1.5 and PSS), ECDSA and Ed25519.
import COpenSSL

/// How a signature algorithm uses an asymmetric key (RFC 7518 §3.3-3.5, RFC 8037 §3.1).
enum SignatureScheme: Sendable, Hashable {
    case rsaPKCS1(Digest)
    case rsaPSS(Digest)
    case ecdsa(Digest)
    case ed25519
}

extension EVPKey {
    /// Signs `message`, returning the JWS signature bytes (raw R||S for ECDSA).
    func sign(_ message: UnsafeRawBufferPointer, scheme: SignatureScheme) throws(JWTError) -> [UInt8] {
        guard isPrivate else { throw .keyInvalid("signing needs a private key; this is a public key") }
        let context = try preparedContext(scheme: scheme, forSigning: true)
        defer { EVP_MD_CTX_free(context) }
        var length = 0
        let input = message.bindMemory(to: UInt8.self)
        let status = EVP_DigestSign(context, nil, &length, input.baseAddress, input.count)
        guard status == 1 else { throw .keyInvalid("signing failed: \(takeOpenSSLError())") }
        var signature = [UInt8](repeating: 0, count: length)
        let signed = signature.withUnsafeMutableBufferPointer { output in
            EVP_DigestSign(context, output.baseAddress, &length, input.baseAddress, input.count)
        }
        guard signed == 1 else { throw .keyInvalid("signing failed: \(takeOpenSSLError())") }
        signature.removeLast(signature.count - length)
        if case .ecdsa = scheme {
            return try ECDSASignature.rawFromDER(signature, coordinateLength: type.coordinateLength!)
        }
        return signature
    }

    /// Checks `signature` over `message`. Any malformed signature is simply not valid.
    func verify(_ signature: [UInt8], over message: UnsafeRawBufferPointer, scheme: SignatureScheme) throws(JWTError) -> Bool {
        var signatureBytes = signature
        switch scheme {
        case .ecdsa:
            guard let der = ECDSASignature.derFromRaw(signature, keyType: type) else { return false }
            signatureBytes = der
        case .ed25519:
            guard Ed25519Signature.isCanonical(signature) else { return false }
        case .rsaPKCS1, .rsaPSS:
            guard signature.count == signatureLength else { return false }
        }
        let context = try preparedContext(scheme: scheme, forSigning: false)
        defer { EVP_MD_CTX_free(context) }
        let input = message.bindMemory(to: UInt8.self)
        let status = signatureBytes.withUnsafeBufferPointer { signaturePointer in
            EVP_DigestVerify(context, signaturePointer.baseAddress, signaturePointer.count, input.baseAddress, input.count)
        }
        // A failed verification leaves errors on OpenSSL's queue; clear them.
        if status != 1 { ERR_clear_error() }
        return status == 1
    }

    /// A new context ready to sign or verify with `scheme`, copied from this
    /// key's template; the caller frees it.
    private func preparedContext(scheme: SignatureScheme, forSigning: Bool) throws(JWTError) -> OpaquePointer {
        let template = try preparedContexts.template(for: scheme, signing: forSigning) { template throws(JWTError) in
            try initialise(template, scheme: scheme, forSigning: forSigning)
        }
        guard let context = EVP_MD_CTX_new() else { throw .keyInvalid("out of memory") }
        guard EVP_MD_CTX_copy_ex(context, template) == 1 else {
            // A provider that cannot copy its context is initialised afresh instead.
            ERR_clear_error()
            do {
                try initialise(context, scheme: scheme, forSigning: forSigning)
            } catch {
                EVP_MD_CTX_free(context)
                throw error
            }
            return context
        }
        return context
    }

    private func initialise(_ context: OpaquePointer, scheme: SignatureScheme, forSigning: Bool) throws(JWTError) {
        let digest: OpaquePointer?
        switch scheme {
        case .rsaPKCS1(let hash), .rsaPSS(let hash), .ecdsa(let hash): digest = hash.handle
        case .ed25519: digest = nil
        }
        var keyContext: OpaquePointer? = nil
        let status =
            forSigning
            ? EVP_DigestSignInit(context, &keyContext, digest, nil, pointer)
            : EVP_DigestVerifyInit(context, &keyContext, digest, nil, pointer)
        guard status == 1 else { throw .keyInvalid("this key cannot be used for the algorithm: \(takeOpenSSLError())") }
        if case .rsaPSS = scheme {
            // RFC 7518 §3.5: MGF1 with the same hash, and a salt as long as the hash output.
            guard EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1,
                EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1
            else { throw .keyInvalid("could not set up RSA-PSS: \(takeOpenSSLError())") }
        } else if case .rsaPKCS1 = scheme {
            guard EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) == 1 else {
                throw .keyInvalid("could not set up RSA PKCS#1 v1.5: \(takeOpenSSLError())")
            }
        }
    }
}
