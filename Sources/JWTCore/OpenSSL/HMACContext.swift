// HMAC through OpenSSL's EVP_MAC, keyed once and reused.
import COpenSSL
import Foundation

/// An HMAC keyed with one secret and one digest.
///
/// The `EVP_MAC_CTX` is initialised with the key once. A computation takes a
/// keyed copy from a small pool, re-initialises it with the same key (a NULL
/// key to `EVP_MAC_init`), and puts it back; only when every pooled copy is
/// in use does it make a new one with `EVP_MAC_CTX_dup`. No two threads ever
/// use the same context at once, and the template is never mutated.
final class HMACContext: @unchecked Sendable {
    // `@unchecked` because OpenSSL pointers are not Sendable; the template is
    // only read (duplicated) after `init`, and the pool is guarded by `lock`.
    private let template: OpaquePointer
    let digest: Digest
    private let lock = NSLock()
    private var pool: [OpaquePointer] = []
    /// The most idle contexts kept: enough for a busy server's threads.
    private static let poolLimit = 16

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
        for context in pool { EVP_MAC_CTX_free(context) }
    }

    /// Computes the MAC of `message`.
    func authenticate(_ message: UnsafeRawBufferPointer) -> [UInt8]? {
        let length = digest.outputLength
        var ok = false
        let mac = [UInt8](unsafeUninitializedCapacity: length) { buffer, initialised in
            ok = authenticate(message, into: UnsafeMutableRawBufferPointer(buffer))
            initialised = ok ? length : 0
        }
        return ok ? mac : nil
    }

    /// Checks that `expected` is the MAC of `message`, comparing in constant
    /// time; `nil` when OpenSSL fails.
    func verify(_ expected: [UInt8], over message: UnsafeRawBufferPointer) -> Bool? {
        // Large enough for SHA-512, on the stack.
        var scratch: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &scratch) { buffer -> Bool? in
            let output = UnsafeMutableRawBufferPointer(rebasing: buffer[..<digest.outputLength])
            guard authenticate(message, into: output) else { return nil }
            guard expected.count == output.count else { return false }
            return expected.withUnsafeBytes { CRYPTO_memcmp($0.baseAddress, output.baseAddress, output.count) } == 0
        }
    }

    /// Writes the MAC of `message` into `output`, which holds exactly one digest.
    private func authenticate(_ message: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Bool {
        guard let context = takeContext() else { return false }
        var outputLength = 0
        let ok =
            EVP_MAC_init(context, nil, 0, nil) == 1
            && EVP_MAC_update(context, message.baseAddress?.assumingMemoryBound(to: UInt8.self), message.count) == 1
            && EVP_MAC_final(context, output.baseAddress?.assumingMemoryBound(to: UInt8.self), &outputLength, output.count) == 1
            && outputLength == output.count
        ok ? returnContext(context) : EVP_MAC_CTX_free(context)
        return ok
    }

    private func takeContext() -> OpaquePointer? {
        lock.lock()
        let pooled = pool.popLast()
        lock.unlock()
        return pooled ?? EVP_MAC_CTX_dup(template)
    }

    private func returnContext(_ context: OpaquePointer) {
        lock.lock()
        let kept = pool.count < Self.poolLimit
        if kept { pool.append(context) }
        lock.unlock()
        if !kept { EVP_MAC_CTX_free(context) }
    }
}

/// The HMAC algorithm, fetched once; fetched objects are safe to share and never freed.
private enum FetchedMAC {
    nonisolated(unsafe) static let hmac: OpaquePointer = EVP_MAC_fetch(nil, "HMAC", nil)!
}
