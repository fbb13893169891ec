// JWTCore against vapor/jwt-kit and against the OpenSSL floor, on one workload.
// Run: swift package --package-path Benchmarks -c release benchmark
import Benchmark
import JWTCore

let benchmarks: @Sendable () -> Void = {
    // Each row runs for at most two seconds, so the whole suite takes a few minutes.
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal],
        warmupIterations: 50,
        scalingFactor: .one,
        maxDuration: .seconds(2),
        maxIterations: 200_000
    )
    for algorithm in measuredAlgorithms {
        registerJWTCore(algorithm)
        registerJWTKit(algorithm)
        registerFloor(algorithm)
    }
    registerBase64URL()
    registerBase64Floor()
}
