// A set of keys that a verifier chooses from by `kid` (RFC 7517 §5).

/// A set of verification keys, such as an identity provider's published JWK Set.
///
/// A token's `kid` header selects the key. A token without `kid` is only
/// accepted when the set holds exactly one key, and an unknown `kid` is an
/// error: there is never a fallback to some other key.
///
/// ```swift
/// let keys = try JWTKeySet(jwks: publishedJSON)
/// let verifier = try JWTVerifier(keySet: keys, algorithms: [.es256])
/// ```
public struct JWTKeySet: Sendable {
    /// The keys, in the order given.
    public let keys: [JWTKey]

    /// Creates a set from keys; every key needs a distinct `kid` unless the set holds one key.
    public init(_ keys: [JWTKey]) throws(JWTError) {
        guard !keys.isEmpty else { throw .invalidUsage("a key set needs at least one key") }
        if keys.count > 1 {
            var seen: Set<String> = []
            for key in keys {
                guard let kid = key.kid else { throw .keyInvalid("every key in a set of several needs a kid") }
                guard seen.insert(kid).inserted else { throw .keyInvalid("two keys share the kid '\(kid)'") }
            }
        }
        self.keys = keys
    }

    /// Reads a JWK Set (`{"keys": [...]}`) from JSON text.
    public init(jwks text: String) throws(JWTError) {
        let members: [String: JSONValue]
        do {
            members = try JSONParser.parseObject(Array(text.utf8))
        } catch {
            throw .keyInvalid("the JWK Set is not a JSON object: \(error.reason)")
        }
        guard case .array(let entries)? = members["keys"] else { throw .keyInvalid("the JWK Set has no 'keys' array") }
        // An empty published set is bad key data, not a misuse of the API, so it is
        // `keyInvalid` here rather than the `invalidUsage` of `init(_:)` with no keys.
        guard !entries.isEmpty else { throw .keyInvalid("the JWK Set's 'keys' array is empty") }
        var keys: [JWTKey] = []
        for entry in entries {
            guard case .object(let jwk) = entry else { throw .keyInvalid("a JWK Set entry is not an object") }
            keys.append(try JWTKey(jwk: jwk))
        }
        try self.init(keys)
    }

    /// Returns the key for a token's `kid` header.
    func key(forKid kid: String?) throws(JWTError) -> JWTKey {
        guard let kid else {
            guard keys.count == 1 else { throw .keyNotFound("the token has no kid and the key set holds \(keys.count) keys") }
            return keys[0]
        }
        guard let key = keys.first(where: { $0.kid == kid }) else {
            throw .keyNotFound("no key has kid '\(kid)'")
        }
        return key
    }

    /// The public JWK Set as JSON text, ready to publish.
    public func publicJWKSString() throws(JWTError) -> String {
        var entries: [JSONValue] = []
        for key in keys {
            entries.append(.object(try key.publicKey().jwk()))
        }
        return JSONWriter.string(.object(["keys": .array(entries)]))
    }
}
