// Signing claims into a compact JWS.
import Foundation

/// Signs claims into tokens with one key and one algorithm.
///
/// The header always carries `alg` and `typ: "JWT"`, and `kid` when the key
/// has one.
///
/// ```swift
/// let signer = try JWTSigner(key: key, algorithm: .hs256)
/// let token = try signer.sign(["sub": "1", "exp": 1_700_000_900])
/// ```
public struct JWTSigner: Sendable {
    public let key: JWTKey
    public let algorithm: JWTAlgorithm

    /// Creates a signer, checking that `key` can sign with `algorithm`.
    public init(key: JWTKey, algorithm: JWTAlgorithm) throws(JWTError) {
        try key.check(for: algorithm, signing: true)
        self.key = key
        self.algorithm = algorithm
    }

    /// Signs a JSON object of claims.
    ///
    /// `headerFields` adds members to the header; it cannot replace `alg`.
    public func sign(_ claims: [String: JSONValue], headerFields: [String: JSONValue] = [:]) throws(JWTError) -> String {
        guard let payload = JSONWriter.bytes(.object(claims)) else {
            throw .invalidUsage("the claims contain a number JSON cannot represent (infinity or NaN)")
        }
        return try sign(payloadBytes: payload, headerFields: headerFields)
    }

    /// Signs an `Encodable` value of claims; dates encode as NumericDate
    /// seconds since 1970.
    public func sign<Claims: Encodable>(_ claims: Claims, headerFields: [String: JSONValue] = [:]) throws(JWTError) -> String {
        try sign(payloadBytes: try ClaimsCoding.encode(claims), headerFields: headerFields)
    }

    private func sign(payloadBytes: [UInt8], headerFields: [String: JSONValue]) throws(JWTError) -> String {
        guard headerFields["alg"] == nil || headerFields["alg"] == .string(algorithm.rawValue) else {
            throw .invalidUsage("the header's alg comes from the signer and cannot be overridden")
        }
        var header: [String: JSONValue] = ["typ": "JWT"]
        if let kid = key.kid { header["kid"] = .string(kid) }
        header.merge(headerFields) { _, given in given }
        header["alg"] = .string(algorithm.rawValue)
        guard let headerBytes = JSONWriter.bytes(.object(header)) else {
            throw .invalidUsage("the header contains a number JSON cannot represent")
        }
        let signingInput = Base64URL.encode(headerBytes) + "." + Base64URL.encode(payloadBytes)
        let signature = try SignatureEngine.sign(Array(signingInput.utf8), key: key, algorithm: algorithm)
        return signingInput + "." + Base64URL.encode(signature)
    }
}
