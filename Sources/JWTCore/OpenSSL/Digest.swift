// The SHA-2 digests JWS uses, fetched from OpenSSL once per process.
import COpenSSL

/// A SHA-2 digest that a JWS algorithm names (RFC 7518 §3).
enum Digest: Sendable {
    case sha256, sha384, sha512

    /// The digest's output length in bytes, which is also the minimum HMAC key length (RFC 7518 §3.2).
    var outputLength: Int {
        switch self {
        case .sha256: 32
        case .sha384: 48
        case .sha512: 64
        }
    }

    /// The digest's name as OpenSSL knows it.
    var openSSLName: String {
        switch self {
        case .sha256: "SHA256"
        case .sha384: "SHA384"
        case .sha512: "SHA512"
        }
    }

    /// OpenSSL's digest object. Fetching looks the algorithm up in the
    /// provider tables, so it happens once and the handle is kept.
    var handle: OpaquePointer {
        switch self {
        case .sha256: FetchedDigests.sha256
        case .sha384: FetchedDigests.sha384
        case .sha512: FetchedDigests.sha512
        }
    }
}

/// Digest handles fetched once. OpenSSL documents fetched `EVP_MD` objects as
/// safe to share between threads, and these are never freed.
private enum FetchedDigests {
    nonisolated(unsafe) static let sha256: OpaquePointer = EVP_MD_fetch(nil, "SHA256", nil)!
    nonisolated(unsafe) static let sha384: OpaquePointer = EVP_MD_fetch(nil, "SHA384", nil)!
    nonisolated(unsafe) static let sha512: OpaquePointer = EVP_MD_fetch(nil, "SHA512", nil)!
}
