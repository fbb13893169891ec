// swift-tools-version: 6.1
// The JWT authentication workbook: a JWT library on OpenSSL 3, a `jwt` command,
// chapters that run as executables, and graded exercises.
import PackageDescription

/// Set WORKBOOK_SOLUTIONS=1 to build the reference solutions in place of the
/// stubs: then every exercise test runs and passes.
let useSolutions = Context.environment["WORKBOOK_SOLUTIONS"] == "1"

/// Set WORKBOOK_CHAPTERS to a comma-separated list of chapter numbers (such as
/// "01,03") to build only those chapters' exercises. The `workbook grade`
/// command uses it to grade chapter by chapter when one chapter does not compile.
let onlyChapters: Set<String>? = Context.environment["WORKBOOK_CHAPTERS"].map { list in
    Set(list.split(separator: ",").map { String($0) })
}

/// The chapters that have exercises: their number, their folder under
/// `Exercises/`, and what their exercise code may use. A test checks that
/// this list matches the folders that hold an `exercises.json`.
let exerciseChapters: [(number: String, folder: String, dependencies: [Target.Dependency])] = [
    ("01", "01-jwt-basics", ["JWTCore"]),
    ("02", "02-flask-style-login", ["JWTCore", "WebSupport", .product(name: "Hummingbird", package: "hummingbird")]),
    ("03", "03-fastapi-style-dependencies", ["JWTCore", "WebSupport", .product(name: "Hummingbird", package: "hummingbird")]),
    ("04", "04-auth-middleware", [
        "WebSupport", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
    ]),
    ("05", "05-refresh-tokens", ["JWTCore", "WebSupport", .product(name: "GRDB", package: "GRDB.swift")]),
]
let gradedChapters = exerciseChapters.filter { onlyChapters?.contains($0.number) ?? true }

let exerciseTargets: [Target] = gradedChapters.map { chapter in
    .target(
        name: "Exercises\(chapter.number)",
        dependencies: ["ExerciseSupport"] + chapter.dependencies,
        path: "Exercises/\(chapter.folder)",
        exclude: ["exercises.json", useSolutions ? "Stubs" : "Solutions"],
        sources: [useSolutions ? "Solutions" : "Stubs"]
    )
}

let package = Package(
    name: "jwt-auth-workbook",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "JWTCore", targets: ["JWTCore"]),
        .library(name: "WebSupport", targets: ["WebSupport"]),
        .executable(name: "jwt", targets: ["JWTCommand"]),
        .executable(name: "workbook", targets: ["WorkbookCommand"]),
        .executable(name: "jwt-basics", targets: ["Chapter01"]),
        .executable(name: "flask-style-login", targets: ["Chapter02"]),
        .executable(name: "fastapi-style-dependencies", targets: ["Chapter03"]),
        .executable(name: "auth-middleware", targets: ["Chapter04"]),
        .executable(name: "refresh-tokens", targets: ["Chapter05"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Declared with no traits: with its default traits SwiftPM 6.3 passes them in
        // random order and about half of all builds recompile Hummingbird.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Both come with Hummingbird; named here because the web support uses them directly.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
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

        // Chapter executables. Each chapter's folder holds its text and its code.
        .executableTarget(
            name: "Chapter01",
            dependencies: ["JWTCore"],
            path: "Chapters/01-jwt-basics",
            exclude: ["README.md"]
        ),

        // What every server chapter shares: users in SQLite, passwords, tokens,
        // request parsing, server options, the start-up banner and the demo runner.
        .target(
            name: "WebSupport",
            dependencies: [
                "JWTCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "Chapter02",
            dependencies: [
                "WebSupport", "JWTCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Chapters/02-flask-style-login",
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "Chapter03",
            dependencies: [
                "WebSupport", "JWTCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Chapters/03-fastapi-style-dependencies",
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "Chapter04",
            dependencies: [
                "WebSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Chapters/04-auth-middleware",
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "Chapter05",
            dependencies: [
                "WebSupport", "JWTCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Chapters/05-refresh-tokens",
            exclude: ["README.md"]
        ),

        // What exercise stubs throw, and the catalogue of exercises.
        .target(name: "ExerciseSupport"),
        // Grading: running the exercise tests and reading their results.
        .target(
            name: "WorkbookKit",
            dependencies: ["ExerciseSupport"]
        ),
        // The `workbook` command: progress, checks, hints and grades.
        .executableTarget(
            name: "WorkbookCommand",
            dependencies: [
                "WorkbookKit",
                "ExerciseSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // What the server chapters' tests share: a fixed key and clock, and requests in process.
        .target(
            name: "ServerTestSupport",
            dependencies: [
                "WebSupport", "JWTCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/ServerTestSupport"
        ),

        .testTarget(
            name: "JWTCoreTests",
            dependencies: ["JWTCore"]
        ),
        .testTarget(
            name: "JWTCommandTests",
            dependencies: ["JWTCommand", "JWTCore"]
        ),
        .testTarget(
            name: "WebSupportTests",
            dependencies: [
                "WebSupport", "JWTCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "Chapter02Tests",
            dependencies: [
                "Chapter02", "WebSupport", "JWTCore", "ServerTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "Chapter03Tests",
            dependencies: [
                "Chapter03", "WebSupport", "JWTCore", "ServerTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "Chapter04Tests",
            dependencies: [
                "Chapter04", "WebSupport", "JWTCore", "ServerTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "Chapter05Tests",
            dependencies: [
                "Chapter05", "WebSupport", "JWTCore", "ServerTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Bad input of every kind against every server chapter, over real sockets.
        .testTarget(
            name: "ServerHardeningTests",
            dependencies: [
                "Chapter02", "Chapter03", "Chapter04", "Chapter05", "ServerTestSupport", "WebSupport", "JWTCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "WorkbookTests",
            dependencies: ["WorkbookKit", "ExerciseSupport", "Chapter01"]
        ),
        // The graded exercise tests, one folder per chapter.
        .testTarget(
            name: "ExerciseTests",
            dependencies: [
                "ExerciseSupport", "JWTCore", "WebSupport", "Chapter02", "Chapter03", "Chapter04", "Chapter05", "ServerTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ] + gradedChapters.map { .target(name: "Exercises\($0.number)") },
            path: "Tests/ExerciseTests",
            sources: ["Support"] + gradedChapters.map { $0.folder }
        ),
    ] + exerciseTargets,
    swiftLanguageModes: [.v6]
)
