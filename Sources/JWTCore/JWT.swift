// One-call encoding and decoding, shaped like PyJWT's `jwt.encode` and `jwt.decode`.

/// PyJWT-style shortcuts: ``encode(_:key:algorithm:headerFields:)`` and
/// ``decode(_:key:algorithms:validation:)``.
///
/// For a server, build a ``JWTSigner`` and a ``JWTVerifier`` once and reuse
/// them; these shortcuts build new ones on every call.
///
/// ```swift
/// let key = try JWTKey.hmac("a-secret-that-is-at-least-32-bytes-long")
/// let token = try JWT.encode(["sub": "1"], key: key, algorithm: .hs256)
/// let claims = try JWT.decode(token, key: key, algorithms: [.hs256])
/// ```
public enum JWT {
    /// Signs `claims` (PyJWT: `jwt.encode(payload, key, algorithm=...)`).
    public static func encode(
        _ claims: [String: JSONValue], key: JWTKey, algorithm: JWTAlgorithm, headerFields: [String: JSONValue] = [:]
    ) throws(JWTError) -> String {
        try JWTSigner(key: key, algorithm: algorithm).sign(claims, headerFields: headerFields)
    }

    /// Signs `Encodable` claims.
    public static func encode<Claims: Encodable>(
        _ claims: Claims, key: JWTKey, algorithm: JWTAlgorithm, headerFields: [String: JSONValue] = [:]
    ) throws(JWTError) -> String {
        try JWTSigner(key: key, algorithm: algorithm).sign(claims, headerFields: headerFields)
    }

    /// Verifies `token` and returns its claims (PyJWT: `jwt.decode(token, key, algorithms=[...])`).
    public static func decode(
        _ token: String, key: JWTKey, algorithms: [JWTAlgorithm], validation: JWTValidation = JWTValidation()
    ) throws(JWTError) -> [String: JSONValue] {
        try JWTVerifier(key: key, algorithms: algorithms, validation: validation).verify(token).claims
    }

    /// Verifies `token` and decodes its claims into `Claims`.
    public static func decode<Claims: Decodable>(
        _ token: String, as type: Claims.Type, key: JWTKey, algorithms: [JWTAlgorithm],
        validation: JWTValidation = JWTValidation()
    ) throws(JWTError) -> Claims {
        try JWTVerifier(key: key, algorithms: algorithms, validation: validation).verify(token, as: type)
    }
}
