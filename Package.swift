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

/// The chapters that have exercises: their number and folder under `Exercises/`.
/// A test checks that this list matches the folders that hold an `exercises.json`.
let exerciseChapters: [(number: String, folder: String)] = [
    ("01", "01-jwt-basics")
]
let gradedChapters = exerciseChapters.filter { onlyChapters?.contains($0.number) ?? true }

let exerciseTargets: [Target] = gradedChapters.map { chapter in
    .target(
        name: "Exercises\(chapter.number)",
        dependencies: ["JWTCore", "ExerciseSupport"],
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
        .executable(name: "jwt", targets: ["JWTCommand"]),
        .executable(name: "workbook", targets: ["WorkbookCommand"]),
        .executable(name: "jwt-basics", targets: ["Chapter01"]),
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

        // Chapter executables. Each chapter's folder holds its text and its code.
        .executableTarget(
            name: "Chapter01",
            dependencies: ["JWTCore"],
            path: "Chapters/01-jwt-basics",
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

        .testTarget(
            name: "JWTCoreTests",
            dependencies: ["JWTCore"]
        ),
        .testTarget(
            name: "JWTCommandTests",
            dependencies: ["JWTCommand", "JWTCore"]
        ),
        .testTarget(
            name: "WorkbookTests",
            dependencies: ["WorkbookKit", "ExerciseSupport", "Chapter01"]
        ),
        // The graded exercise tests, one folder per chapter.
        .testTarget(
            name: "ExerciseTests",
            dependencies: ["ExerciseSupport", "JWTCore"] + gradedChapters.map { .target(name: "Exercises\($0.number)") },
            path: "Tests/ExerciseTests",
            sources: ["Support"] + gradedChapters.map { $0.folder }
        ),
    ] + exerciseTargets,
    swiftLanguageModes: [.v6]
)
