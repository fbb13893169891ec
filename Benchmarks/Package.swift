// swift-tools-version: 6.1
// Benchmarks for the workbook's JWT library: JWTCore against vapor/jwt-kit and
// against the raw OpenSSL calls underneath, measured in one run.
//
// A package of its own so that learners never build the benchmark harness or
// jwt-kit. Run it from the repository root:
//
//     swift package --package-path Benchmarks -c release benchmark
import PackageDescription

let package = Package(
    name: "jwt-auth-workbook-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "jwt-auth-workbook", path: ".."),
        // MallocInterposer counts allocations; naming the trait leaves out the
        // runtime interposer, which Linux does not need for these metrics.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/vapor/jwt-kit", exact: "5.8.0"),
    ],
    targets: [
        // OpenSSL 3 for the floor rows: the raw primitives with no JWT around them.
        // The workbook's own COpenSSL target is not a product, so this package
        // declares its own, under another module name.
        .systemLibrary(
            name: "CBenchmarkOpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),
        .executableTarget(
            name: "JWTBenchmarks",
            dependencies: [
                "CBenchmarkOpenSSL",
                .product(name: "JWTCore", package: "jwt-auth-workbook"),
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ],
            path: "Benchmarks/JWTBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // One JWTCore operation in a loop, to profile with callgrind (see the README).
        .executableTarget(
            name: "JWTProfile",
            dependencies: [.product(name: "JWTCore", package: "jwt-auth-workbook")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
