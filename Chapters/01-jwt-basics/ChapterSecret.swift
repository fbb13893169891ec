// Where the chapter's HS256 secret comes from: JWT_SECRET, or a loudly labelled demo secret.
import JWTCore

/// The HMAC key the walkthrough signs with, and where its secret came from.
///
/// The secret itself is never printed: only ``source`` is.
struct ChapterSecret: Sendable {
    /// Where a secret came from.
    enum Source: Sendable, Equatable {
        /// The `JWT_SECRET` environment variable.
        case environment
        /// The demo secret, because `JWT_SECRET` is not set.
        case demoBecauseUnset
        /// The demo secret, because `JWT_SECRET` is not a usable HS256 secret; holds the reason.
        case demoBecauseRejected(String)
    }

    let key: JWTKey
    let source: Source

    /// A secret for this walkthrough only. It is published with the workbook,
    /// so anyone can forge a token signed with it.
    static let demoSecret = "DEMO-ONLY-jwt-basics-secret-published-in-the-workbook"

    /// Reads `JWT_SECRET` from `environment` when it holds at least 32 bytes
    /// (RFC 7518 §3.2), and falls back to the demo secret otherwise.
    static func load(from environment: [String: String]) throws(JWTError) -> ChapterSecret {
        let demoKey = try JWTKey.hmac(demoSecret)
        guard let secret = environment["JWT_SECRET"], !secret.isEmpty else {
            return ChapterSecret(key: demoKey, source: .demoBecauseUnset)
        }
        do {
            return ChapterSecret(key: try JWTKey.hmac(secret), source: .environment)
        } catch {
            return ChapterSecret(key: demoKey, source: .demoBecauseRejected(error.message))
        }
    }
}
