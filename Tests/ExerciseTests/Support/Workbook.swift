// Where the workbook lives and what its catalogue says, as the exercise tests need them.
import ExerciseSupport
import Foundation

/// The package root and the exercise catalogue, found from this file's path, so the tests run
/// from any working directory and in any copy of the package.
enum Workbook {
    /// The folder that holds `Package.swift`.
    static let packageRoot: URL? = ExerciseCatalogue.packageRoot(from: URL(fileURLWithPath: #filePath))

    /// Returns the catalogue's entry for exercise `id`, or `nil` when the catalogue cannot be read.
    static func exercise(_ id: String) -> Exercise? {
        guard let packageRoot else { return nil }
        return try? ExerciseCatalogue.load(packageRoot: packageRoot).exercise(id)
    }
}
