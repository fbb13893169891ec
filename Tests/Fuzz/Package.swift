// swift-tools-version: 6.1
// libFuzzer targets for JWTCore's token decoder and strict JSON parser.
//
// A package of its own, so that the workbook's manifest stays free of fuzzing
// flags: it depends on the workbook by path and builds only JWTCore from it.
// Build and run it with `Tests/Fuzz/run.sh` (Linux, `--sanitize=fuzzer,address`).
import PackageDescription

let jwtCore = Target.Dependency.product(name: "JWTCore", package: "jwt-auth-workbook")

let package = Package(
    name: "jwtcore-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "jwt-auth-workbook", path: "../..")
    ],
    targets: [
        // Reference keys from Tests/Fixtures/interop, and the oracles every target checks.
        .target(name: "FuzzSupport", dependencies: [jwtCore]),
        // Arbitrary bytes as a token, against every algorithm and key kind.
        .executableTarget(name: "FuzzTokenDecoder", dependencies: ["FuzzSupport", jwtCore]),
        // An arbitrary header and payload, correctly signed, so that acceptance is reachable.
        .executableTarget(name: "FuzzSignedToken", dependencies: ["FuzzSupport", jwtCore]),
        // Arbitrary bytes to the strict JSON parser.
        .executableTarget(name: "FuzzJSONParser", dependencies: ["FuzzSupport", jwtCore]),
    ],
    swiftLanguageModes: [.v6]
)
