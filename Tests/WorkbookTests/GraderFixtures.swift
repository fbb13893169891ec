// Shared by the grader tests: the recorded event streams and the catalogue they were recorded with.
import ExerciseSupport
import Foundation
import WorkbookKit

/// The fixtures under `Tests/Fixtures/event-streams`, recorded by its `record.sh` from real runs.
enum GraderFixtures {
    /// The package root: three levels above this file (`Tests/WorkbookTests/GraderFixtures.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let folder = packageRoot.appendingPathComponent("Tests/Fixtures/event-streams")

    /// Reads the recorded stream `name`, such as "mixed.jsonl".
    static func stream(_ name: String) throws -> EventStream {
        try EventStream(contentsOf: folder.appendingPathComponent(name))
    }

    /// The text of a recorded file, such as "compile-error.log".
    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// Chapter 1's exercises as they were when the fixtures were recorded, written out
    /// here so the expected points do not move when the real catalogue changes.
    static let catalogue = ExerciseCatalogue(chapters: [
        ExerciseChapter(
            chapter: 1, title: "JWT basics", folder: "01-jwt-basics",
            exercises: [
                Exercise(
                    id: "1.1", title: "Base64url without padding", file: "Base64URLEncoding.swift", weight: 1, hints: ["a", "b", "c"]),
                Exercise(id: "1.2", title: "Split a token and decode its header", file: "TokenHeader.swift", weight: 1, hints: ["a"]),
                Exercise(id: "1.3", title: "Verify an HS256 signature by hand", file: "VerifyHS256.swift", weight: 2, hints: ["a", "b"]),
                Exercise(id: "1.4", title: "Check exp and nbf with leeway", file: "TimeClaims.swift", weight: 1, hints: ["a"]),
                Exercise(id: "1.5", title: "Choose the right error response", file: "ErrorResponse.swift", weight: 1, hints: ["a"]),
                Exercise(
                    id: "1.6", title: "Refuse a token's algorithm unless it is allowed", file: "AllowedAlgorithm.swift", weight: 1,
                    hints: []),
            ])
    ])

    /// The results of every catalogue exercise in a recorded stream, by id.
    static func results(_ name: String) throws -> [String: ExerciseResult] {
        let stream = try stream(name)
        var results: [String: ExerciseResult] = [:]
        for exercise in catalogue.exercises { results[exercise.id] = stream.result(for: exercise) }
        return results
    }

    /// The scorecard of a recorded stream.
    static func scorecard(_ name: String) throws -> Scorecard {
        Scorecard(catalogue: catalogue, results: try results(name))
    }

    /// The exercise `id` of the fixture catalogue.
    static func exercise(_ id: String) throws -> Exercise {
        try catalogue.exercise(id)
    }
}
