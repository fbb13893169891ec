// The access tokens a server has verified lately, so a client's next request with the same token skips the work.
import Foundation

/// Remembers the claims of tokens that passed every check, until they expire.
///
/// A client sends the same access token with every request for its whole
/// lifetime, and each time the server would decode it, parse its JSON and
/// compute its HMAC again, with the same answer. Gateways remember that
/// answer (Envoy's JWT filter has a `jwt_cache_config` for it); so does
/// ``AccessTokenService``, under these rules:
///
/// - Only a token that passed every check is kept, under its exact text,
///   so a token that differs in one character is verified from scratch,
///   and a client without a valid token cannot put anything in the cache.
/// - A remembered token is refused as expired from the moment its `exp`
///   passes, on the service's clock, exactly as a full check would refuse it.
///   The other checks (signature, issuer, audience, type) cannot change
///   for one token under one service, whose key and rules never change;
///   `iat` and `nbf` are not checked again, which assumes the clock does
///   not go back.
/// - It holds at most ``capacity`` tokens; when it is full it starts over.
final class VerifiedTokenCache: @unchecked Sendable {
    // `@unchecked` because `claims` is guarded by `lock`.
    /// The most tokens remembered at once.
    let capacity: Int

    private let lock = NSLock()
    private var claims: [String: AccessTokenClaims] = [:]

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// Returns the claims of `token` if it was verified before, or `nil`.
    func claims(of token: String) -> AccessTokenClaims? {
        lock.withLock { claims[token] }
    }

    /// Remembers that `token` passed every check with these claims.
    func remember(_ token: String, as verified: AccessTokenClaims) {
        lock.withLock {
            if claims.count >= capacity { claims.removeAll(keepingCapacity: true) }
            claims[token] = verified
        }
    }
}
