// JWTCore, used as a server would: one signer and one verifier, reused.
import Benchmark
import JWTCore

func registerJWTCore(_ algorithm: JWTAlgorithm) {
    // Keys are read here, on the main thread, for every library alike (see OpenSSLFloor.swift).
    let key = Workload.keys[algorithm]!
    let verifierKey = algorithm == .hs256 ? key : try! key.publicKey()
    Benchmark("\(algorithm.rawValue) sign: JWTCore") { benchmark in
        let signer = try JWTSigner(key: key, algorithm: algorithm)
        let claims = Workload.claims
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try signer.sign(claims))
        }
    }
    Benchmark("\(algorithm.rawValue) verify: JWTCore") { benchmark in
        let verifier = try JWTVerifier(key: verifierKey, algorithms: [algorithm], validation: Workload.validation)
        let token = Workload.tokens[algorithm]!
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try verifier.verify(token, as: SessionClaims.self))
        }
    }
}

/// Decoding the token's three base64url segments, which every verify does first.
func registerBase64URL() {
    Benchmark("base64url decode: JWTCore") { benchmark in
        let segments = Workload.tokens[.hs256]!.split(separator: ".").map(String.init)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for segment in segments {
                blackHole(Base64URL.decode(segment))
            }
        }
    }
}
