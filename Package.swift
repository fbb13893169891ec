// swift-tools-version: 6.1
// The JWT authentication workbook: a JWT library on OpenSSL 3, a `jwt` command,
// and (in later chapters) servers and graded exercises built on them.
import PackageDescription

let package = Package(
    name: "jwt-auth-workbook",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "JWTCore", targets: ["JWTCore"]),
        .executable(name: "jwt", targets: ["JWTCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // OpenSSL 3 as a system library. Its one header also holds the few
        // inline shims for OpenSSL macros that Swift cannot call.
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),
        // The JWT library: Foundation and OpenSSL only, never a web framework.
        .target(
            name: "JWTCore",
            dependencies: ["COpenSSL"]
        ),
        // The `jwt` command-line tool.
        .executableTarget(
            name: "JWTCommand",
            dependencies: [
                "JWTCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "JWTCoreTests",
            dependencies: ["JWTCore"]
        ),
        .testTarget(
            name: "JWTCommandTests",
            dependencies: ["JWTCommand", "JWTCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
