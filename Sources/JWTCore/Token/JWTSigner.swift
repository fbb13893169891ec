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
    /// The base64url header for calls with no extra header fields, written once.
    private let defaultEncodedHeader: [UInt8]

    /// Creates a signer, checking that `key` can sign with `algorithm`.
    public init(key: JWTKey, algorithm: JWTAlgorithm) throws(JWTError) {
        try key.check(for: algorithm, signing: true)
        self.key = key
        self.algorithm = algorithm
        self.defaultEncodedHeader = try Self.encodedHeader(key: key, algorithm: algorithm, adding: [:])
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
        // The token is built as bytes in one buffer: header, payload, then signature.
        var token =
            headerFields.isEmpty ? defaultEncodedHeader : try Self.encodedHeader(key: key, algorithm: algorithm, adding: headerFields)
        // Room for the payload and the longest signature (RSA 4096: 683 base64url characters).
        token.reserveCapacity(token.count + 1 + (payloadBytes.count * 4 + 2) / 3 + 1 + 683)
        token.append(UInt8(ascii: "."))
        Base64URL.append(payloadBytes, to: &token)
        let signature = try withBytes(of: token) { signingInput throws(JWTError) in
            try SignatureEngine.sign(signingInput, key: key, algorithm: algorithm)
        }
        token.append(UInt8(ascii: "."))
        Base64URL.append(signature, to: &token)
        return String(decoding: token, as: UTF8.self)
    }

    /// The base64url of the header: `typ`, `kid` when the key has one, the
    /// given fields, and the signer's `alg`, which they cannot override.
    private static func encodedHeader(
        key: JWTKey, algorithm: JWTAlgorithm, adding headerFields: [String: JSONValue]
    ) throws(JWTError) -> [UInt8] {
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
        var encoded: [UInt8] = []
        Base64URL.append(headerBytes, to: &encoded)
        return encoded
    }
}
