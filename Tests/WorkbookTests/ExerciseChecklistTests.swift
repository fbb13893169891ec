// The checklist of Exercises/README.md ("Adding an exercise"), enforced for every exercise in the catalogue.
import ExerciseSupport
import Foundation
import Testing

/// The package root, found from this file's path.
private let packageRoot = ExerciseCatalogue.packageRoot(from: URL(fileURLWithPath: #filePath)) ?? URL(fileURLWithPath: ".")

/// The ids of every exercise; empty when the catalogue cannot be read, which the first test reports.
private let exerciseIDs = (try? ExerciseCatalogue.load(packageRoot: packageRoot))?.exercises.map(\.id) ?? []

/// Whether this run builds the reference solutions (`WORKBOOK_SOLUTIONS=1`). The stubs are then
/// held to exactly the form they ship in; in a learner's copy they are the learner's to edit.
private let solutionsAreBuilt = ProcessInfo.processInfo.environment["WORKBOOK_SOLUTIONS"] == "1"

@Suite("Exercise checklist")
struct ExerciseChecklistTests {
    @Test("The catalogue loads, and every exercise has a unique id in its chapter and a Swift file")
    func catalogueLoads() throws {
        let catalogue = try ExerciseCatalogue.load(packageRoot: packageRoot)
        #expect(!catalogue.exercises.isEmpty)
        let ids = catalogue.exercises.map(\.id)
        #expect(Set(ids).count == ids.count, "Duplicate exercise ids: \(ids)")
        for chapter in catalogue.chapters {
            let files = chapter.exercises.map(\.file)
            #expect(Set(files).count == files.count, "Two exercises of \(chapter.folder) share a file: \(files)")
            for exercise in chapter.exercises {
                #expect(exercise.id.hasPrefix("\(chapter.chapter)."), "Exercise \(exercise.id) is in chapter \(chapter.chapter)")
                #expect(exercise.file.hasSuffix(".swift"))
                #expect(exercise.weight > 0, "Exercise \(exercise.id) has weight \(exercise.weight)")
            }
        }
    }

    @Test("Package.swift's exerciseChapters names every Exercises folder that holds an exercises.json")
    func manifestListsEveryChapter() throws {
        let catalogue = try ExerciseCatalogue.load(packageRoot: packageRoot)
        let manifest = try text(of: "Package.swift")
        let listed = try #require(manifestExerciseChapters(in: manifest), "Package.swift has no `let exerciseChapters` list")
        #expect(Set(listed.map(\.folder)) == Set(catalogue.chapters.map(\.folder)))
        for chapter in catalogue.chapters {
            let number = listed.first { $0.folder == chapter.folder }?.number
            #expect(number.map { "Exercises\($0)" } == chapter.targetName, "The number of \(chapter.folder) in Package.swift")
        }
    }

    @Test("Every exercise has a stub and a reference solution, and the solution is solved", arguments: exerciseIDs)
    func stubAndSolutionExist(id: String) throws {
        let exercise = try ExerciseCatalogue.load(packageRoot: packageRoot).exercise(id)
        let stub = try text(of: exercise.stubPath)
        let solution = try text(of: exercise.solutionPath)
        let solutionIsUnsolved = solution.contains("ExerciseUnsolved(")
        #expect(!solutionIsUnsolved, "\(exercise.solutionPath) must not throw ExerciseUnsolved")
        // The tests call what the solution declares, so the stub must declare all of it too.
        let missing = publicDeclarations(in: solution).subtracting(publicDeclarations(in: stub))
        #expect(missing.isEmpty, "\(exercise.stubPath) lacks the solution's declarations: \(missing.sorted())")
    }

    @Test("Every stub ships unsolved, with a TODO and exactly the solution's public declarations", arguments: exerciseIDs)
    func stubShipsUnsolved(id: String) throws {
        let exercise = try ExerciseCatalogue.load(packageRoot: packageRoot).exercise(id)
        let stub = try text(of: exercise.stubPath)
        // Once a learner removes the unsolved error, the stub is theirs. The stubs as shipped
        // are checked in full whenever they still throw it, and always with WORKBOOK_SOLUTIONS=1.
        guard solutionsAreBuilt || stub.contains("ExerciseUnsolved(") else { return }
        let hasTODO = stub.contains("// TODO:")
        #expect(hasTODO, "\(exercise.stubPath) has no // TODO: at the edit point")
        let throwsUnsolved = stub.contains("throw ExerciseUnsolved(\"\(id)\")")
        #expect(throwsUnsolved, "\(exercise.stubPath) must throw ExerciseUnsolved(\"\(id)\")")
        let otherIDs = unsolvedIDs(in: stub).subtracting([id])
        #expect(otherIDs.isEmpty, "\(exercise.stubPath) throws ExerciseUnsolved for another exercise: \(otherIDs.sorted())")
        let solution = try text(of: exercise.solutionPath)
        #expect(publicDeclarations(in: stub) == publicDeclarations(in: solution), "\(exercise.stubPath) and its solution")
    }

    @Test("Every exercise has three plain-text hints", arguments: exerciseIDs)
    func hints(id: String) throws {
        let exercise = try ExerciseCatalogue.load(packageRoot: packageRoot).exercise(id)
        #expect(exercise.hints.count == 3, "A nudge, then the API to use, then almost the answer")
        for hint in exercise.hints {
            let isPlaceholder = hint.trimmingCharacters(in: .whitespaces).isEmpty || hint == "TODO"
            #expect(!isPlaceholder, "Exercise \(id) has a placeholder hint")
            #expect(!hint.contains("`"), "Hints are plain text, without Markdown: \(hint)")
        }
    }

    @Test("Every exercise has a test suite whose type and name the grader recognizes", arguments: exerciseIDs)
    func testSuiteExists(id: String) throws {
        let exercise = try ExerciseCatalogue.load(packageRoot: packageRoot).exercise(id)
        let path = "Tests/ExerciseTests/\(exercise.folder)/\(exercise.suiteTypeName).swift"
        let source = try text(of: path)
        let declaresSuite = source.contains("@Suite") && source.contains("struct \(exercise.suiteTypeName) ")
        #expect(declaresSuite, "\(path) must declare @Suite struct \(exercise.suiteTypeName)")
        let namesSuite = source.contains("\"Exercise \(id): \(exercise.title)\"")
        #expect(namesSuite, "\(path) must name its suite \"Exercise \(id): \(exercise.title)\"")
        let skipsUntilAttempted = source.contains(".exercise(\"\(id)\")")
        #expect(skipsUntilAttempted, "\(path) must skip its tests with .exercise(\"\(id)\") until they are attempted")
        let hasTests = source.contains("@Test(")
        #expect(hasTests, "\(path) has no tests")
    }

    @Test("Every exercise is mentioned in its chapter's README", arguments: exerciseIDs)
    func chapterMentionsExercise(id: String) throws {
        let exercise = try ExerciseCatalogue.load(packageRoot: packageRoot).exercise(id)
        let path = "Chapters/\(exercise.folder)/README.md"
        let mentioned = mentions(try text(of: path), id: id)
        #expect(mentioned, "\(path) does not mention exercise \(id)")
    }
}

/// Returns the text of the file at `relativePath` below the package root, or throws naming it.
private func text(of relativePath: String) throws -> String {
    let url = packageRoot.appendingPathComponent(relativePath)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        throw CatalogueError("\(relativePath) is missing or unreadable")
    }
    return text
}

/// Returns the trimmed lines of `source` that declare something public, such as `public func f() throws`.
private func publicDeclarations(in source: String) -> Set<String> {
    Set(
        source.split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("public ") })
}

/// Returns the ids in every `ExerciseUnsolved("…")` of `source`.
private func unsolvedIDs(in source: String) -> Set<String> {
    Set(matches(of: #"ExerciseUnsolved\("([^"]*)"\)"#, in: source).map { $0[0] })
}

/// Returns whether `text` mentions exercise `id` as a number of its own: "1.3" counts, but
/// "§4.1.3" and "1.30" do not.
private func mentions(_ text: String, id: String) -> Bool {
    let escaped = NSRegularExpression.escapedPattern(for: id)
    return !matches(of: #"(?<![0-9.])"# + escaped + #"(?![0-9]|\.[0-9])"#, in: text).isEmpty
}

/// Returns the entries of the manifest's `exerciseChapters` list, or `nil` when it has none.
///
/// Each entry starts a line, such as `("02", "02-flask-style-login", [...]),`; a commented-out
/// entry does not count.
private func manifestExerciseChapters(in manifest: String) -> [(number: String, folder: String)]? {
    guard let start = manifest.range(of: "let exerciseChapters"),
        let end = manifest.range(of: "\n]", range: start.upperBound..<manifest.endIndex)
    else { return nil }
    let list = String(manifest[start.upperBound..<end.lowerBound])
    return matches(of: #"(?m)^\s*\(\s*"([0-9]+)"\s*,\s*"([^"]+)""#, in: list).map { ($0[0], $0[1]) }
}

/// Returns the capture groups of every match of `pattern` in `text`.
private func matches(of pattern: String, in text: String) -> [[String]] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let whole = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: whole).map { match in
        (1..<match.numberOfRanges).map { group in
            Range(match.range(at: group), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
