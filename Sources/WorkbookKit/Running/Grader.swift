// Grading: run the exercise tests, fall back to one chapter at a time when the build fails, and read the results.
import ExerciseSupport
import Foundation

/// Runs exercises' tests and turns what they report into results and a scorecard.
///
/// It first builds and runs everything at once. When that build fails, it runs
/// each chapter alone (`WORKBOOK_CHAPTERS=NN`), so a compile error in one
/// chapter's exercises does not zero the others; a chapter that still fails to
/// build has all its exercises marked "does not compile". When a test crashes
/// the test process, or the tests run past the time limit, the exercises cut
/// short run again one at a time.
///
/// ```swift
/// let grader = try Grader(packageRoot: root)
/// let scorecard = try await grader.gradeAll()
/// print(scorecard.gradeLine)
/// ```
public struct Grader: Sendable {
    public let catalogue: ExerciseCatalogue
    public var runner: SwiftTestRunner
    /// Receives a line at each step, such as "Building and running the exercise tests…".
    public var progress: @Sendable (String) -> Void

    /// Loads the catalogue of the package at `packageRoot`.
    public init(packageRoot: URL, progress: @escaping @Sendable (String) -> Void = { _ in }) throws {
        do {
            catalogue = try ExerciseCatalogue.load(packageRoot: packageRoot)
        } catch {
            throw WorkbookError.failure("Could not read the exercise catalogue: \(error)")
        }
        guard !catalogue.exercises.isEmpty else {
            throw WorkbookError.failure("\(packageRoot.path) has no exercises (no Exercises/*/exercises.json).")
        }
        runner = SwiftTestRunner(packageRoot: packageRoot)
        runner.progress = progress
        self.progress = progress
    }

    /// The filter that selects every exercise test.
    public static let allExercisesFilter = #"^ExerciseTests\."#

    /// The filter that selects one exercise's suite, such as `^ExerciseTests\.Exercise1_3Tests$`.
    ///
    /// Anchored so that 1.1 does not also select 1.10; a suite's tests run with it.
    public static func filter(for exercise: Exercise) -> String {
        #"^ExerciseTests\.\#(exercise.suiteTypeName)$"#
    }

    /// Runs every exercise's tests and returns the scorecard.
    public func gradeAll() async throws -> Scorecard {
        let results = try await results(for: catalogue.exercises, filter: Self.allExercisesFilter, label: "grade")
        return Scorecard(catalogue: catalogue, results: results)
    }

    /// Runs one exercise's tests and returns its result.
    public func check(_ exercise: Exercise) async throws -> ExerciseResult {
        let results = try await results(for: [exercise], filter: Self.filter(for: exercise), label: "check")
        return results[exercise.id] ?? ExerciseResult(exercise: exercise, status: .noTests)
    }

    /// Runs `filter`'s tests and returns the results of `exercises`, by id.
    func results(for exercises: [Exercise], filter: String, label: String) async throws -> [String: ExerciseResult] {
        progress("Building and running the exercise tests (log: \(relativePath(runner.logDirectory))/\(label).log)")
        let whole = try await runner.run(filter: filter, chapters: nil, label: label)
        if whole.didBuild {
            return try await read(whole, exercises: exercises, chapters: nil, label: label)
        }
        progress("The build failed, so each chapter is built and graded on its own.")
        return try await resultsByChapter(for: exercises, filter: filter, label: label)
    }

    /// Grades chapter by chapter after the whole build failed.
    private func resultsByChapter(for exercises: [Exercise], filter: String, label: String) async throws -> [String: ExerciseResult] {
        var results: [String: ExerciseResult] = [:]
        var anyChapterBuilt = false
        for chapter in catalogue.chapters where chapter.exercises.contains(where: { exercises.contains($0) }) {
            let number = String(format: "%02d", chapter.chapter)
            let chapterExercises = chapter.exercises.filter { exercises.contains($0) }
            progress("Chapter \(chapter.chapter): building and running its exercise tests")
            let run = try await runner.run(filter: filter, chapters: [number], label: "\(label)-chapter-\(number)")
            if run.didBuild {
                anyChapterBuilt = true
                results.merge(try await read(run, exercises: chapterExercises, chapters: [number], label: label)) { $1 }
            } else {
                progress("Chapter \(chapter.chapter) does not compile (log: \(relativePath(run.logFile))).")
                for result in notCompiling(chapter, exercises: chapterExercises, log: run.logText) {
                    results[result.exercise.id] = result
                }
            }
        }
        if !anyChapterBuilt {
            try await requirePackageBuildsWithoutExercises(label: label)
        }
        return results
    }

    /// Reads a run's results, running again one at a time the exercises a crash cut short.
    private func read(_ run: TestRun, exercises: [Exercise], chapters: [String]?, label: String) async throws -> [String: ExerciseResult] {
        // A test process that died before writing anything cut every exercise short.
        let stream = run.stream ?? EventStream(jsonLines: Data())
        var results: [String: ExerciseResult] = [:]
        for exercise in exercises { results[exercise.id] = stream.result(for: exercise) }
        let cutShort = stream.exercisesCutShort(exercises)
        if !cutShort.isEmpty {
            let reason = run.timedOut ? "ran out of time" : "crashed"
            progress("The test process \(reason); running the unfinished exercises one at a time.")
        }
        for exercise in cutShort {
            let alone = try await runner.run(filter: Self.filter(for: exercise), chapters: chapters, label: "\(label)-\(exercise.id)")
            var result = alone.stream?.result(for: exercise) ?? stream.result(for: exercise)
            if alone.timedOut {
                // The crash note does not apply: the tests were stopped, not crashed.
                result.notes = ["The tests were stopped after \(formatNumber(runner.testTimeLimit)) seconds: does the code loop forever?"]
            } else if alone.stream?.exercisesCutShort([exercise]).isEmpty == false {
                result.notes += alone.crashLines
            }
            results[exercise.id] = result
        }
        return results
    }

    /// The results of a chapter that does not compile: each exercise with the compiler
    /// errors in its own stub, else the chapter's errors.
    func notCompiling(_ chapter: ExerciseChapter, exercises: [Exercise], log: String) -> [ExerciseResult] {
        let errors = CompilerError.errors(inLog: log, packageRoot: runner.packageRoot)
        let chapterErrors = errors.filter { $0.file.contains("/\(chapter.folder)/") }
        return exercises.map { exercise in
            var result = ExerciseResult(exercise: exercise, status: .doesNotCompile)
            let own = errors.filter { $0.file == exercise.stubPath }
            let shown = own.isEmpty ? (chapterErrors.isEmpty ? errors : chapterErrors) : own
            result.notes = shown.prefix(5).map(\.text)
            if own.isEmpty {
                result.notes.insert("No error in its own file, but chapter \(chapter.chapter) does not compile:", at: 0)
            }
            return result
        }
    }

    /// Throws when the package fails to build even with no exercises: then no grade can be made.
    private func requirePackageBuildsWithoutExercises(label: String) async throws {
        progress("No chapter compiles; checking that the package builds without any exercises.")
        let bare = try await runner.run(filter: Self.allExercisesFilter, chapters: ["none"], label: "\(label)-no-exercises")
        guard !bare.didBuild else { return }
        let first = CompilerError.errors(inLog: bare.logText, packageRoot: runner.packageRoot).first
        throw WorkbookError.failure(
            "The package does not build even without its exercises, so no grade can be made"
                + (first.map { " (\($0.text))" } ?? "") + "; see \(relativePath(bare.logFile)).")
    }

    /// A path relative to the package root when it lies inside it.
    func relativePath(_ url: URL) -> String {
        let root = runner.packageRoot.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }
}
