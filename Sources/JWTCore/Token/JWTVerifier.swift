// Verifying a token's signature and claims.
import Foundation

/// Verifies tokens against a key or key set, an explicit allow-list of
/// algorithms, and validation rules.
///
/// Create one verifier and reuse it: it is `Sendable`, and its keys are
/// parsed and prepared once.
///
/// ```swift
/// let verifier = try JWTVerifier(key: key, algorithms: [.hs256])
/// let claims = try verifier.verify(token, as: SessionClaims.self)
/// ```
public struct JWTVerifier: Sendable {
    private enum Keys: Sendable {
        case single(JWTKey)
        case set(JWTKeySet)
    }

    private let keys: Keys
    /// The algorithms this verifier accepts; never empty.
    public let algorithms: [JWTAlgorithm]
    /// The rules applied after the signature checks out.
    public let validation: JWTValidation

    /// Creates a verifier for one key.
    ///
    /// When the key has no `kid`, a token's `kid` header is ignored; when it
    /// has one, a token naming a different `kid` is refused.
    public init(key: JWTKey, algorithms: [JWTAlgorithm], validation: JWTValidation = JWTValidation()) throws(JWTError) {
        try self.init(keys: .single(key), algorithms: algorithms, validation: validation)
    }

    /// Creates a verifier that picks keys from a set by the token's `kid`.
    public init(keySet: JWTKeySet, algorithms: [JWTAlgorithm], validation: JWTValidation = JWTValidation()) throws(JWTError) {
        try self.init(keys: .set(keySet), algorithms: algorithms, validation: validation)
    }

    private init(keys: Keys, algorithms: [JWTAlgorithm], validation: JWTValidation) throws(JWTError) {
        guard !algorithms.isEmpty else {
            throw .invalidUsage("list the algorithms you accept, for example [.hs256]; an empty list would accept nothing")
        }
        guard validation.maxTokenSize > 0, validation.maxJSONDepth > 0, validation.leeway >= 0, validation.leeway.isFinite else {
            throw .invalidUsage("maxTokenSize and maxJSONDepth must be positive and leeway a finite, non-negative number")
        }
        self.keys = keys
        self.algorithms = algorithms
        self.validation = validation
    }

    /// Verifies `token` and returns its header and claims.
    public func verify(_ token: String) throws(JWTError) -> VerifiedToken {
        let parsed = try verifySignature(token)
        let claims = try parsed.claims(maxJSONDepth: validation.maxJSONDepth)
        try ClaimValidator.check(claims, validation: validation)
        return VerifiedToken(header: parsed.header, claims: claims)
    }

    /// Verifies `token` and decodes its claims into `Claims`.
    ///
    /// Dates decode from NumericDate seconds since 1970.
    public func verify<Claims: Decodable>(_ token: String, as type: Claims.Type) throws(JWTError) -> Claims {
        let parsed = try verifySignature(token)
        let claims = try parsed.claims(maxJSONDepth: validation.maxJSONDepth)
        try ClaimValidator.check(claims, validation: validation)
        return try ClaimsCoding.decode(type, from: claims)
    }

    /// Checks everything up to and including the signature, but not the claims.
    private func verifySignature(_ token: String) throws(JWTError) -> CompactToken {
        var parsed = try CompactToken(parsing: token, maxSize: validation.maxTokenSize, maxJSONDepth: validation.maxJSONDepth)
        let algorithm = try HeaderValidator.algorithm(of: parsed.header, allowed: algorithms)
        try HeaderValidator.check(parsed.header, validation: validation)
        let key = try selectKey(for: parsed.header)
        try key.check(for: algorithm, signing: false)
        let signature = parsed.signature
        let valid = try parsed.withSigningInput { input throws(JWTError) in
            try SignatureEngine.verify(signature, over: input, key: key, algorithm: algorithm)
        }
        guard valid else {
            throw .badSignature
        }
        return parsed
    }

    private func selectKey(for header: JWTHeader) throws(JWTError) -> JWTKey {
        switch keys {
        case .single(let key):
            if let expected = key.kid, let kid = header.kid, kid != expected {
                throw .keyNotFound("the token's kid '\(kid)' is not this key's")
            }
            return key
        case .set(let set):
            return try set.key(forKid: header.kid)
        }
    }
}

/// A verified token: its header and claims.
public struct VerifiedToken: Sendable, Equatable {
    public let header: JWTHeader
    public let claims: [String: JSONValue]
}
