// Signing and verification contexts set up once per key and scheme, then copied.
import COpenSSL
import Foundation

/// The digest contexts a key has been set up with, one per scheme and direction.
///
/// `EVP_DigestSignInit` and `EVP_DigestVerifyInit` look the signature
/// algorithm up in OpenSSL's provider tables on every call, which costs about
/// as much as parsing and validating a whole token. A template initialised
/// once and copied with `EVP_MD_CTX_copy_ex` for each operation skips that
/// lookup. Templates are only ever read after they are stored, so many
/// threads may copy one at once.
final class PreparedContexts: @unchecked Sendable {
    // `@unchecked` because OpenSSL pointers are not Sendable; `templates` is guarded by `lock`.
    private struct Purpose: Hashable {
        let scheme: SignatureScheme
        let signing: Bool
    }

    private let lock = NSLock()
    private var templates: [Purpose: OpaquePointer] = [:]

    deinit {
        for template in templates.values { EVP_MD_CTX_free(template) }
    }

    /// The template for `scheme`, made by `initialise` the first time it is needed.
    func template(
        for scheme: SignatureScheme, signing: Bool, initialise: (OpaquePointer) throws(JWTError) -> Void
    ) throws(JWTError) -> OpaquePointer {
        let purpose = Purpose(scheme: scheme, signing: signing)
        lock.lock()
        let existing = templates[purpose]
        lock.unlock()
        if let existing { return existing }
        guard let template = EVP_MD_CTX_new() else { throw .keyInvalid("out of memory") }
        do {
            try initialise(template)
        } catch {
            EVP_MD_CTX_free(template)
            throw error
        }
        lock.lock()
        defer { lock.unlock() }
        // Another thread may have stored one first; keep theirs.
        if let stored = templates[purpose] {
            EVP_MD_CTX_free(template)
            return stored
        }
        templates[purpose] = template
        return template
    }
}
