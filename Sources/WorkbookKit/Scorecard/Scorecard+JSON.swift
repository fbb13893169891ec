// The grade as JSON, for scripts that collect many learners' grades.
import ExerciseSupport
import Foundation

extension Scorecard {
    /// Encodes the grade as pretty-printed JSON with sorted keys.
    ///
    /// ```json
    /// {"summary": {"passed": 1, "failed": 1, "skipped": 4, "points": 2, "possiblePoints": 7, "percentage": 28.57},
    ///  "exercises": [{"id": "1.1", "status": "passed", "points": 1, "weight": 1, ...}]}
    /// ```
    /// `status` is one of "passed", "failed", "not attempted", "does not compile" and "no tests".
    public func jsonData(packagePath: String? = nil) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(GradeDocument(scorecard: self, packagePath: packagePath))
    }
}

/// The JSON document: a summary and one entry per exercise.
struct GradeDocument: Encodable {
    let package: String?
    let summary: Summary
    let exercises: [Entry]

    struct Summary: Encodable {
        let passed, failed, skipped: Int
        let points, possiblePoints, percentage: Double
        let gradeLine: String
    }

    struct Entry: Encodable {
        let id: String
        let chapter: Int
        let title: String
        let file: String
        let weight: Double
        let status: String
        let points: Double
        let tests: Tests
        let failures: [Failure]
        let notes: [String]
    }

    struct Tests: Encodable {
        let passed, failed, skipped: Int
    }

    struct Failure: Encodable {
        let test: String
        let message: String
        let details: [String]
        let location: String?
    }

    init(scorecard: Scorecard, packagePath: String?) {
        package = packagePath
        summary = Summary(
            passed: scorecard.passedCount, failed: scorecard.failedCount, skipped: scorecard.skippedCount,
            points: scorecard.points, possiblePoints: scorecard.possiblePoints,
            percentage: (scorecard.percentage * 100).rounded() / 100, gradeLine: scorecard.gradeLine)
        exercises = scorecard.chapters.flatMap { chapter in
            chapter.results.map { result in
                Entry(
                    id: result.exercise.id, chapter: chapter.number, title: result.exercise.title,
                    file: result.exercise.stubPath, weight: result.exercise.weight, status: result.status.rawValue,
                    points: result.points,
                    tests: Tests(passed: result.passedTests, failed: result.failedTests, skipped: result.skippedTests),
                    failures: result.failures.map {
                        Failure(test: $0.test, message: $0.message, details: $0.details, location: $0.location)
                    },
                    notes: result.notes)
            }
        }
    }
}
