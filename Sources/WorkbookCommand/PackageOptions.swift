// The `--package-path` option every subcommand shares.
import ArgumentParser
import ExerciseSupport
import Foundation
import WorkbookKit

struct PackageOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The workbook package (default: the package that holds the current directory).", valueName: "dir"))
    var packagePath: String?

    /// Returns the package root: `--package-path` when given, else the nearest folder
    /// upwards from the current directory that holds `Package.swift`.
    func packageRoot() throws -> URL {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        guard let packagePath else {
            guard let root = ExerciseCatalogue.packageRoot(from: current) else {
                throw WorkbookError.usage("No Package.swift here or above: run workbook inside the workbook, or pass --package-path DIR.")
            }
            return root
        }
        let root = URL(fileURLWithPath: packagePath, isDirectory: true, relativeTo: current).standardizedFileURL
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) else {
            throw WorkbookError.usage("\(packagePath) is not a Swift package: it has no Package.swift.")
        }
        return root
    }

    /// Returns the catalogue's exercise `id`, or a usage error that lists the known ids.
    func exercise(_ id: String, in catalogue: ExerciseCatalogue) throws -> Exercise {
        do {
            return try catalogue.exercise(id)
        } catch {
            throw WorkbookError.usage("\(error)")
        }
    }
}
