// The grade of one copy of the workbook: every exercise's verdict, the counts and the weighted total.
import ExerciseSupport
import Foundation

/// Every exercise's result, chapter by chapter, with the counts and points they add up to.
///
/// Points are the catalogue's weights: a passed exercise earns its weight, any
/// other earns nothing. The closing line counts exercises, not tests:
///
/// ```swift
/// let scorecard = Scorecard(catalogue: catalogue, results: results)
/// print(scorecard.gradeLine) // Prints "grade: 1 passed, 1 failed, 4 skipped".
/// ```
public struct Scorecard: Sendable, Equatable {
    /// The chapters in catalogue order, each with its exercises' results.
    public let chapters: [ChapterScore]

    /// Builds the scorecard for every exercise of `catalogue`; an exercise missing
    /// from `results` was never seen in a run and counts as having no tests.
    public init(catalogue: ExerciseCatalogue, results: [String: ExerciseResult]) {
        chapters = catalogue.chapters.map { chapter in
            let chapterResults = chapter.exercises.map { exercise in
                results[exercise.id] ?? ExerciseResult(exercise: exercise, status: .noTests)
            }
            return ChapterScore(number: chapter.chapter, title: chapter.title, results: chapterResults)
        }
    }

    /// Every exercise's result, in catalogue order.
    public var results: [ExerciseResult] { chapters.flatMap(\.results) }

    /// The exercises that passed.
    public var passedCount: Int { count(.passed) }
    /// The exercises that failed, did not compile, or have no tests.
    public var failedCount: Int { count(.failed) }
    /// The exercises not attempted.
    public var skippedCount: Int { count(.skipped) }

    /// The weights of the passed exercises, added up.
    public var points: Double { results.map(\.points).reduce(0, +) }
    /// The weights of all exercises, added up.
    public var possiblePoints: Double { results.map(\.exercise.weight).reduce(0, +) }
    /// The points as a percentage of the possible points, 0 when nothing can be earned.
    public var percentage: Double { possiblePoints > 0 ? points / possiblePoints * 100 : 0 }

    /// The closing line: `grade: N passed, N failed, N skipped`, counting exercises.
    public var gradeLine: String {
        "grade: \(passedCount) passed, \(failedCount) failed, \(skippedCount) skipped"
    }

    /// The exercise to work on next: one whose own stub does not compile, else the first,
    /// in catalogue order, that is not passed yet.
    public var nextExercise: ExerciseResult? {
        let broken = results.first { $0.status == .doesNotCompile && $0.notes.first?.hasPrefix($0.exercise.stubPath + ":") == true }
        return broken ?? results.first { $0.status != .passed }
    }

    private func count(_ kind: ExerciseStatus.GradeCount) -> Int {
        results.filter { $0.status.gradeCount == kind }.count
    }
}

/// One chapter's part of a scorecard.
public struct ChapterScore: Sendable, Equatable {
    public let number: Int
    public let title: String
    public let results: [ExerciseResult]

    /// "Chapter 1: JWT basics".
    public var heading: String { "Chapter \(number): \(title)" }
    /// The exercises of this chapter that passed.
    public var passedCount: Int { results.filter { $0.status == .passed }.count }
}

/// Formats a number with at most `decimals` decimals and no trailing zeros: 2 as "2", 1.5 as "1.5".
func formatNumber(_ value: Double, decimals: Int = 2) -> String {
    var text = String(format: "%.\(decimals)f", value)
    while text.contains("."), text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
}
