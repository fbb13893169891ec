// The reference keys of the fuzz targets: the PyJWT interop fixtures, in every form JWTCore reads.
import Foundation
import JWTCore

/// One algorithm's keys: the key that signs, verifiers that accept only this
/// algorithm (one per form the verification key can be read from), and a
/// verifier holding a different key of the same family.
public struct ReferenceKey: Sendable {
    public let algorithm: JWTAlgorithm
    public let signingKey: JWTKey
    /// Verifiers with the key from PEM (or the raw secret) and from a JWK.
    public let verifiers: [JWTVerifier]
    /// A verifier with another key of the same family, which must refuse every token.
    public let wrongKeyVerifier: JWTVerifier
}

/// The keys and rules every fuzz target checks tokens with.
///
/// Keys are the test-only keys of `Tests/Fixtures/interop` (the same keys that
/// signed `pyjwt-tokens.json`), so the seed corpus can hold valid tokens.
public enum ReferenceKeys {
    /// The clock stands still at 2023-11-14T22:13:20Z, so a run does not depend on the date.
    public static let now: TimeInterval = 1_700_000_000
    public static let issuer = "jwt-auth-workbook"
    public static let audience = "workbook-tests"
    /// The one critical header extension the verifiers claim to understand.
    public static let understoodCritical = "fuzz"

    /// Strict rules with the clock stopped, the fixtures' issuer and audience.
    public static let validation: JWTValidation = {
        var validation = JWTValidation()
        validation.now = { Date(timeIntervalSince1970: now) }
        validation.issuer = issuer
        validation.audience = [audience]
        validation.understoodCriticalHeaders = [understoodCritical]
        return validation
    }()

    /// One reference key for each algorithm JWTCore implements.
    public static let byAlgorithm: [JWTAlgorithm: ReferenceKey] = {
        var keys: [JWTAlgorithm: ReferenceKey] = [:]
        for algorithm in JWTAlgorithm.allCases {
            keys[algorithm] = loading("the \(algorithm.rawValue) reference key") { try reference(for: algorithm) }
        }
        return keys
    }()

    /// Verifiers that allow every algorithm, one per key: the key-confusion path,
    /// where the token's `alg` and the key's family disagree.
    public static let permissiveVerifiers: [JWTVerifier] = {
        let files = ["rsa-public.pem", "ec256-public.pem", "ec384-public.pem", "ec521-public.pem", "ed25519-public.pem"]
        return loading("the permissive verifiers") {
            var keys = try files.map { name in try JWTKey(pem: fixture(name)) }
            keys.append(try JWTKey.hmac(Array(fixture("hs256.secret").utf8)))
            return try keys.map { key in try JWTVerifier(key: key, algorithms: JWTAlgorithm.allCases, validation: validation) }
        }
    }()

    /// A verifier over the fixtures' JWK Set, which picks keys by `kid`.
    public static let keySetVerifier: JWTVerifier = loading("the JWK Set verifier") {
        try JWTVerifier(keySet: JWTKeySet(jwks: fixture("jwks.json")), algorithms: JWTAlgorithm.allCases, validation: validation)
    }

    /// Every verifier a token is tried against.
    public static let everyVerifier: [JWTVerifier] =
        JWTAlgorithm.allCases.flatMap { byAlgorithm[$0]!.verifiers } + permissiveVerifiers + [keySetVerifier]

    /// The text of `Tests/Fixtures/interop/<name>`, found from this file's path.
    public static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Sources/FuzzSupport
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // Tests/Fuzz
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Fixtures/interop/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    private static func reference(for algorithm: JWTAlgorithm) throws -> ReferenceKey {
        let signingKey: JWTKey
        var verificationKeys: [JWTKey]
        switch algorithm.keyFamily {
        case .hmac:
            let secret = try fixture("\(algorithm.rawValue.lowercased()).secret")
            signingKey = try JWTKey.hmac(secret)
            verificationKeys = [signingKey]
        default:
            let stem = pemStem(algorithm.keyFamily)
            signingKey = try JWTKey(pem: fixture("\(stem)-private.pem"))
            verificationKeys = [try JWTKey(pem: fixture("\(stem)-public.pem"))]
            if algorithm.keyFamily == .rsa {
                verificationKeys.append(try JWTKey(pem: fixture("rsa-public-pkcs1.pem")))
            }
        }
        // The same key once more, read from its JWK form.
        let jwk =
            try signingKey.family == .hmac
            ? signingKey.jwkString(includingPrivate: true) : signingKey.publicKey().jwkString()
        verificationKeys.append(try JWTKey(jwk: jwk))
        return ReferenceKey(
            algorithm: algorithm, signingKey: signingKey,
            verifiers: try verificationKeys.map { try JWTVerifier(key: $0, algorithms: [algorithm], validation: validation) },
            wrongKeyVerifier: try JWTVerifier(key: wrongKeys[algorithm.keyFamily]!, algorithms: [algorithm], validation: validation))
    }

    /// A key of each family that is not the reference key, generated once per run
    /// (an RSA key takes a while, so the six RSA algorithms share one).
    private static let wrongKeys: [JWTKey.Family: JWTKey] = loading("the wrong keys") {
        var keys: [JWTKey.Family: JWTKey] = [:]
        for algorithm in JWTAlgorithm.allCases where keys[algorithm.keyFamily] == nil {
            keys[algorithm.keyFamily] =
                algorithm.isSymmetric ? try JWTKey.generateSecret(for: .hs512) : try JWTKey.generate(for: algorithm).publicKey()
        }
        return keys
    }

    private static func pemStem(_ family: JWTKey.Family) -> String {
        switch family {
        case .hmac, .rsa: "rsa"
        case .ecP256: "ec256"
        case .ecP384: "ec384"
        case .ecP521: "ec521"
        case .ed25519: "ed25519"
        }
    }

    private static func loading<Value>(_ what: String, _ body: () throws -> Value) -> Value {
        do {
            return try body()
        } catch {
            fatalError("could not load \(what): \(error)")
        }
    }
}
