// `workbook hint 1.3`: reveal an exercise's hints one at a time.
import ArgumentParser
import ExerciseSupport
import WorkbookKit

struct HintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hint",
        abstract: "Show the next hint of an exercise, from a nudge to almost the answer.",
        discussion: "Each call reveals one more hint; which hints you have seen is kept in .workbook/hints.json."
    )

    @Argument(help: "The exercise, such as 1.3.")
    var exercise: String

    @OptionGroup var package: PackageOptions

    func run() throws {
        let root = try package.packageRoot()
        let catalogue = try ExerciseCatalogue.load(packageRoot: root)
        let exercise = try package.exercise(self.exercise, in: catalogue)
        var progress = HintProgress.load(packageRoot: root)
        guard let hint = progress.revealNextHint(of: exercise) else {
            print("Exercise \(exercise.id) has no hints.")
            return
        }
        try progress.save(packageRoot: root)
        let style = Console.style
        print(style.bold("Hint \(hint.number) of \(exercise.hints.count)") + " for exercise \(exercise.id) (\(exercise.title)):")
        print("  \(hint.text)")
        if hint.number == exercise.hints.count {
            print(style.dim("That is the last hint. Edit \(exercise.stubPath), then run swift run workbook check \(exercise.id)."))
        }
    }
}
