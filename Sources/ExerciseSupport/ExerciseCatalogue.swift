// The catalogue of exercises: the one source the tests, the chapters and the `workbook` command read.
import Foundation

/// Every chapter's exercises, read from `Exercises/NN-name/exercises.json`.
///
/// ```swift
/// let catalogue = try ExerciseCatalogue.load(packageRoot: root)
/// let exercise = try catalogue.exercise("1.3")
/// print(exercise.stubPath) // Prints "Exercises/01-jwt-basics/Stubs/VerifyHS256.swift".
/// ```
public struct ExerciseCatalogue: Sendable, Equatable {
    /// The chapters that have exercises, in order.
    public let chapters: [ExerciseChapter]

    public init(chapters: [ExerciseChapter]) {
        self.chapters = chapters
    }

    /// Every exercise of every chapter, in order.
    public var exercises: [Exercise] { chapters.flatMap(\.exercises) }

    /// Returns the exercise with `id`, such as "1.3".
    public func exercise(_ id: String) throws -> Exercise {
        guard let exercise = exercises.first(where: { $0.id == id }) else {
            let known = exercises.map(\.id).joined(separator: ", ")
            throw CatalogueError("There is no exercise \(id). The exercises are: \(known).")
        }
        return exercise
    }

    /// Reads every `Exercises/*/exercises.json` below `packageRoot`, ordered by folder name.
    public static func load(packageRoot: URL) throws -> ExerciseCatalogue {
        let exercisesFolder = packageRoot.appendingPathComponent("Exercises")
        let folders = try FileManager.default.contentsOfDirectory(atPath: exercisesFolder.path).sorted()
        var chapters: [ExerciseChapter] = []
        for folder in folders {
            let file = exercisesFolder.appendingPathComponent(folder).appendingPathComponent("exercises.json")
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            do {
                var chapter = try JSONDecoder().decode(ExerciseChapter.self, from: Data(contentsOf: file))
                chapter.folder = folder
                chapters.append(chapter)
            } catch {
                throw CatalogueError("Exercises/\(folder)/exercises.json is not a valid catalogue: \(error)")
            }
        }
        return ExerciseCatalogue(chapters: chapters)
    }

    /// Finds the package root by walking up from `start` to the folder that holds `Package.swift`.
    public static func packageRoot(from start: URL) -> URL? {
        var folder = start.hasDirectoryPath ? start : start.deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}

/// One chapter's exercises, as `exercises.json` lists them.
public struct ExerciseChapter: Sendable, Equatable, Codable {
    /// The chapter number, such as 1.
    public let chapter: Int
    /// The chapter title, such as "JWT basics".
    public let title: String
    public var exercises: [Exercise]
    /// The folder under `Exercises/` and `Chapters/`, such as "01-jwt-basics"; set by ``ExerciseCatalogue/load(packageRoot:)``.
    public var folder: String {
        get { exercises.first?.folder ?? "" }
        set { exercises = exercises.map { $0.inFolder(newValue) } }
    }

    enum CodingKeys: String, CodingKey {
        case chapter, title, exercises
    }

    public init(chapter: Int, title: String, folder: String, exercises: [Exercise]) {
        self.chapter = chapter
        self.title = title
        self.exercises = exercises.map { $0.inFolder(folder) }
    }

    /// The name of the Swift target that holds this chapter's exercises, such as "Exercises01".
    public var targetName: String { String(format: "Exercises%02d", chapter) }
}

/// One exercise: what to edit, how much it counts, and its hints.
public struct Exercise: Sendable, Equatable, Codable {
    /// The id learners type, such as "1.3".
    public let id: String
    public let title: String
    /// The file name, the same in `Stubs/` and `Solutions/`.
    public let file: String
    /// How much the exercise counts in a grade.
    public let weight: Double
    /// Hints from a nudge to almost the answer.
    public let hints: [String]
    /// The chapter folder under `Exercises/`, such as "01-jwt-basics".
    public private(set) var folder: String = ""

    enum CodingKeys: String, CodingKey {
        case id, title, file, weight, hints
    }

    public init(id: String, title: String, file: String, weight: Double, hints: [String], folder: String = "") {
        self.id = id
        self.title = title
        self.file = file
        self.weight = weight
        self.hints = hints
        self.folder = folder
    }

    func inFolder(_ folder: String) -> Exercise {
        var copy = self
        copy.folder = folder
        return copy
    }

    /// The name of the exercise's test suite type, such as "Exercise1_3Tests".
    public var suiteTypeName: String { "Exercise\(id.replacingOccurrences(of: ".", with: "_"))Tests" }

    /// The path of the stub the learner edits, relative to the package root.
    public var stubPath: String { "Exercises/\(folder)/Stubs/\(file)" }

    /// The path of the reference solution, relative to the package root.
    public var solutionPath: String { "Exercises/\(folder)/Solutions/\(file)" }
}

/// A problem reading or using the catalogue, with a message for people.
public struct CatalogueError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
