// A throwaway copy of the package for the live grading tests, with exercises solved, broken or left alone.
import ExerciseSupport
import Foundation

/// A copy of the package in a temporary folder, without build products, git or workbook state.
struct GraderPackageCopy {
    let root: URL

    /// Copies the package's top-level items, leaving out `.build*`, `.git`, `.swiftpm` and `.workbook`.
    init(of source: URL = GraderFixtures.packageRoot) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("workbook-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let skipped = [".build", ".git", ".swiftpm", ".workbook"]
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path)
        where !skipped.contains(where: { name.hasPrefix($0) }) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
    }

    /// Deletes the copy and its build folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Solves an exercise the way a learner would end up: the reference solution over the stub.
    func solve(_ exercise: Exercise) throws {
        let stub = root.appendingPathComponent(exercise.stubPath)
        try FileManager.default.removeItem(at: stub)
        try FileManager.default.copyItem(at: root.appendingPathComponent(exercise.solutionPath), to: stub)
    }

    /// Replaces the stub's `throw ExerciseUnsolved("ID")` line with `replacement`.
    func edit(_ exercise: Exercise, replacingUnsolvedWith replacement: String) throws {
        try replace(#"throw ExerciseUnsolved("\#(exercise.id)")"#, with: replacement, in: exercise.stubPath)
    }

    /// Replaces the one occurrence of `text` in the file at `path`, relative to the copy.
    func replace(_ text: String, with replacement: String, in path: String) throws {
        let file = root.appendingPathComponent(path)
        let contents = try String(contentsOf: file, encoding: .utf8)
        guard contents.components(separatedBy: text).count == 2 else {
            throw CopyError(description: "\(path) does not hold exactly one \(text)")
        }
        try contents.replacingOccurrences(of: text, with: replacement).write(to: file, atomically: true, encoding: .utf8)
    }

    /// Writes `contents` to `path`, relative to the copy, creating its folders.
    func write(_ contents: String, to path: String) throws {
        let file = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: file, atomically: true, encoding: .utf8)
    }

    struct CopyError: Error, CustomStringConvertible {
        let description: String
    }
}
