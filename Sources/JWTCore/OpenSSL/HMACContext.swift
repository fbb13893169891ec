// HMAC through OpenSSL's EVP_MAC, keyed once and copied for each use.
import COpenSSL

/// An HMAC keyed with one secret and one digest.
///
/// The `EVP_MAC_CTX` is initialised with the key once; each computation
/// works on a copy (`EVP_MAC_CTX_dup`), which is cheaper than keying again
/// and leaves the template untouched, so concurrent use is safe.
final class HMACContext: @unchecked Sendable {
    // `@unchecked` because OpenSSL pointers are not Sendable; the template
    // context is only ever read (duplicated) after `init`, never mutated.
    private let template: OpaquePointer
    let digest: Digest

    init(secret: [UInt8], digest: Digest) throws(JWTError) {
        guard let context = EVP_MAC_CTX_new(FetchedMAC.hmac) else {
            throw .keyInvalid("could not create an HMAC context: \(takeOpenSSLError())")
        }
        let initialised = digest.openSSLName.withCString { digestName in
            "digest".withCString { parameterName in
                var parameters = [
                    OSSL_PARAM_construct_utf8_string(parameterName, UnsafeMutablePointer(mutating: digestName), 0),
                    OSSL_PARAM_construct_end(),
                ]
                return secret.withUnsafeBufferPointer { key in
                    // An empty key still needs a valid pointer.
                    var empty: UInt8 = 0
                    let keyPointer = key.baseAddress ?? withUnsafePointer(to: &empty) { $0 }
                    return EVP_MAC_init(context, keyPointer, key.count, &parameters)
                }
            }
        }
        guard initialised == 1 else {
            EVP_MAC_CTX_free(context)
            throw .keyInvalid("could not key the HMAC: \(takeOpenSSLError())")
        }
        self.template = context
        self.digest = digest
    }

    deinit {
        EVP_MAC_CTX_free(template)
    }

    /// Computes the MAC of `message`.
    func authenticate(_ message: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let context = EVP_MAC_CTX_dup(template) else { return nil }
        defer { EVP_MAC_CTX_free(context) }
        let length = digest.outputLength
        var outputLength = 0
        var ok = EVP_MAC_update(context, message.baseAddress?.assumingMemoryBound(to: UInt8.self), message.count) == 1
        let mac = [UInt8](unsafeUninitializedCapacity: length) { buffer, initialised in
            ok = ok && EVP_MAC_final(context, buffer.baseAddress, &outputLength, length) == 1
            initialised = ok ? outputLength : 0
        }
        return ok && outputLength == length ? mac : nil
    }
}

/// The HMAC algorithm, fetched once; fetched objects are safe to share and never freed.
private enum FetchedMAC {
    nonisolated(unsafe) static let hmac: OpaquePointer = EVP_MAC_fetch(nil, "HMAC", nil)!
}
