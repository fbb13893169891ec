// The grade as JUnit XML, for CI systems and grading tools that read test reports.
import ExerciseSupport

extension Scorecard {
    /// Renders the grade as JUnit XML: one `<testsuite>` per chapter, one `<testcase>` per exercise.
    ///
    /// A passed exercise is a plain test case; a not-attempted one holds `<skipped/>`;
    /// any other holds `<failure>` whose `type` is its status ("failed", "does not
    /// compile", "no tests"), so the counts match ``gradeLine``.
    public func junitXML() -> String {
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#]
        lines.append(
            #"<testsuites name="workbook" tests="\#(results.count)" failures="\#(failedCount)" skipped="\#(skippedCount)">"#)
        for chapter in chapters {
            let failures = chapter.results.filter { $0.status.gradeCount == .failed }.count
            let skipped = chapter.results.filter { $0.status.gradeCount == .skipped }.count
            lines.append(
                #"  <testsuite name="\#(xmlEscaped(chapter.heading))" tests="\#(chapter.results.count)" failures="\#(failures)" skipped="\#(skipped)">"#
            )
            for result in chapter.results {
                lines += testCase(result, chapter: chapter.number)
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func testCase(_ result: ExerciseResult, chapter: Int) -> [String] {
        let name = xmlEscaped("\(result.exercise.id) \(result.exercise.title)")
        let opening = #"    <testcase classname="Chapter\#(chapter)" name="\#(name)" weight="\#(formatNumber(result.exercise.weight))""#
        let explanation = result.explanation(limit: 1)
        let reason = xmlEscaped(explanation.first { $0.contains(": error: ") } ?? explanation.first ?? result.status.rawValue)
        switch result.status.gradeCount {
        case .passed:
            return [opening + "/>"]
        case .skipped:
            return [opening + ">", #"      <skipped message="\#(reason)"/>"#, "    </testcase>"]
        case .failed:
            let body = xmlEscaped(result.explanation(limit: .max).joined(separator: "\n"))
            return [
                opening + ">",
                #"      <failure type="\#(result.status.rawValue)" message="\#(reason)">\#(body)</failure>"#,
                "    </testcase>",
            ]
        }
    }
}

/// Escapes the five XML special characters, and drops control characters XML 1.0 forbids.
func xmlEscaped(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "'": escaped += "&apos;"
        case "\n", "\t": escaped += String(scalar)
        case _ where scalar.value < 0x20: continue
        default: escaped.unicodeScalars.append(scalar)
        }
    }
    return escaped
}
