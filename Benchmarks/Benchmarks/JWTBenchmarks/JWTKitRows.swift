// vapor/jwt-kit 5.8, used as its README shows: a key collection, sign and verify.
import Benchmark
import Foundation
import JWTCore
import JWTKit

/// The workload's claims in jwt-kit's types; `verify(using:)` checks exp, iss and aud.
struct KitClaims: JWTPayload {
    var sub: SubjectClaim
    var name: String
    var admin: Bool
    var iat: IssuedAtClaim
    var exp: ExpirationClaim
    var iss: IssuerClaim
    var aud: AudienceClaim

    init(_ claims: SessionClaims) {
        sub = .init(value: claims.sub)
        name = claims.name
        admin = claims.admin
        iat = .init(value: claims.iat)
        exp = .init(value: claims.exp)
        iss = .init(value: claims.iss)
        aud = .init(value: claims.aud)
    }

    func verify(using algorithm: some JWTKit.JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
        guard iss.value == Workload.issuer else { throw JWTKit.JWTError.claimVerificationFailure(failedClaim: iss, reason: "wrong issuer") }
        try aud.verifyIntendedAudience(includes: Workload.audience)
    }
}

/// jwt-kit's key for `algorithm`, read from the same PEM the JWTCore rows use.
private enum KitKey: @unchecked Sendable {
    case hmac(HMACKey)
    case rsa(Insecure.RSA.PrivateKey)
    case ecdsa(ES256PrivateKey)
    case eddsa(EdDSA.PrivateKey)

    init(_ algorithm: JWTCore.JWTAlgorithm) throws {
        switch algorithm {
        case .hs256: self = .hmac(HMACKey(from: Workload.hmacSecret))
        case .rs256, .ps256: self = .rsa(try Insecure.RSA.PrivateKey(pem: Workload.privatePEM(algorithm)))
        case .es256: self = .ecdsa(try ES256PrivateKey(pem: Workload.privatePEM(algorithm)))
        case .edDSA: self = .eddsa(try EdDSA.PrivateKey(pem: Workload.privatePEM(algorithm)))
        default: fatalError("not in the workload: \(algorithm)")
        }
    }

    /// A key collection holding this key for `algorithm`.
    func collection(for algorithm: JWTCore.JWTAlgorithm) async -> JWTKeyCollection {
        let keys = JWTKeyCollection()
        switch self {
        case .hmac(let key): await keys.add(hmac: key, digestAlgorithm: .sha256)
        case .rsa(let key) where algorithm == .ps256: await keys.add(pss: key, digestAlgorithm: .sha256)
        case .rsa(let key): await keys.add(rsa: key, digestAlgorithm: .sha256)
        case .ecdsa(let key): await keys.add(ecdsa: key)
        case .eddsa(let key): await keys.add(eddsa: key)
        }
        return keys
    }
}

func registerJWTKit(_ algorithm: JWTCore.JWTAlgorithm) {
    // Keys are read here, on the main thread, for every library alike (see OpenSSLFloor.swift).
    let key = try! KitKey(algorithm)
    Benchmark("\(algorithm.rawValue) sign: jwt-kit") { benchmark in
        let keys = await key.collection(for: algorithm)
        let claims = KitClaims(Workload.claims)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try await keys.sign(claims))
        }
    }
    Benchmark("\(algorithm.rawValue) verify: jwt-kit") { benchmark in
        let keys = await key.collection(for: algorithm)
        let token = Workload.tokens[algorithm]!
        // A token the other library signed must verify, or the rows measure different work.
        _ = try await keys.verify(token, as: KitClaims.self)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try await keys.verify(token, as: KitClaims.self))
        }
    }
}
