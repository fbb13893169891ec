// The one workload every row measures: the same header, claims, keys and
// tokens for JWTCore, jwt-kit and the OpenSSL floor.
import Foundation
import JWTCore

/// The algorithms measured, in the order of the report.
let measuredAlgorithms: [JWTAlgorithm] = [.hs256, .rs256, .ps256, .es256, .edDSA]

/// The claims as a Codable struct: `{sub, name, admin, iat, exp, iss, aud}`.
struct SessionClaims: Codable, Sendable {
    var sub: String
    var name: String
    var admin: Bool
    var iat: Date
    var exp: Date
    var iss: String
    var aud: String
}

enum Workload {
    static let issuer = "https://auth.workbook.example"
    static let audience = "workbook-api"
    static let hmacSecret = "a-benchmark-secret-that-is-at-least-32-bytes-long"

    /// Whole seconds, so both libraries write the same NumericDate integers.
    static let issuedAt = Date(timeIntervalSince1970: (Date().timeIntervalSince1970).rounded(.down))

    /// A day of validity: longer than any run.
    static let claims = SessionClaims(
        sub: "1234567890", name: "John Doe", admin: true,
        iat: issuedAt, exp: issuedAt.addingTimeInterval(86_400), iss: issuer, aud: audience
    )

    /// The validation both libraries apply: exp (required), iss and aud.
    static var validation: JWTValidation {
        var validation = JWTValidation()
        validation.issuer = issuer
        validation.audience = [audience]
        validation.requiredClaims = ["exp"]
        return validation
    }

    /// One private key per algorithm in PKCS#8 PEM, generated once per run;
    /// RS256 and PS256 share a 2048-bit RSA key. Every library loads the same PEM,
    /// as a server loads its keys.
    static let privatePEMs: [JWTAlgorithm: String] = {
        let rsa = try! JWTKey.generate(for: .rs256).privateKeyPEM()
        return [
            .rs256: rsa,
            .ps256: rsa,
            .es256: try! JWTKey.generate(for: .es256).privateKeyPEM(),
            .edDSA: try! JWTKey.generate(for: .edDSA).privateKeyPEM(),
        ]
    }()

    /// JWTCore's keys, read from the PEM above.
    static let keys: [JWTAlgorithm: JWTKey] = {
        var keys: [JWTAlgorithm: JWTKey] = [.hs256: try! JWTKey.hmac(hmacSecret)]
        for (algorithm, pem) in privatePEMs {
            keys[algorithm] = try! JWTKey(pem: pem)
        }
        return keys
    }()

    static func privatePEM(_ algorithm: JWTAlgorithm) -> String {
        privatePEMs[algorithm]!
    }

    static func publicPEM(_ algorithm: JWTAlgorithm) -> String {
        try! keys[algorithm]!.publicKeyPEM()
    }

    /// The token every verify row checks, signed by JWTCore once.
    static let tokens: [JWTAlgorithm: String] = {
        var tokens: [JWTAlgorithm: String] = [:]
        for algorithm in measuredAlgorithms {
            tokens[algorithm] = try! JWTSigner(key: keys[algorithm]!, algorithm: algorithm).sign(claims)
        }
        return tokens
    }()

    /// The bytes a signature covers: `base64url(header) "." base64url(payload)`.
    static func signingInput(_ algorithm: JWTAlgorithm) -> [UInt8] {
        let token = tokens[algorithm]!
        return Array(token[..<token.lastIndex(of: ".")!].utf8)
    }

    /// The decoded signature of the token.
    static func signature(_ algorithm: JWTAlgorithm) -> [UInt8] {
        let token = tokens[algorithm]!
        return Base64URL.decode(String(token[token.index(after: token.lastIndex(of: ".")!)...]))!
    }
}
