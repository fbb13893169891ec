// The scorecard of a recorded run: counts, weighted points, the closing line, and the JSON and JUnit reports.
import Foundation
import Testing
import WorkbookKit

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Grader: scorecards and reports")
struct GraderScorecardTests {
    @Test("One solved exercise of weight 2 and one wrong one score 2 of 7 points")
    func mixedCounts() throws {
        let scorecard = try GraderFixtures.scorecard("mixed.jsonl")
        #expect(scorecard.passedCount == 1)
        #expect(scorecard.failedCount == 1)
        #expect(scorecard.skippedCount == 4)
        #expect(scorecard.points == 2)
        #expect(scorecard.possiblePoints == 7)
        #expect(abs(scorecard.percentage - 200.0 / 7.0) < 0.0001)
    }

    @Test(
        "The closing line counts exercises",
        arguments: [
            ("pristine.jsonl", "grade: 0 passed, 0 failed, 6 skipped"),
            ("solutions.jsonl", "grade: 6 passed, 0 failed, 0 skipped"),
            ("mixed.jsonl", "grade: 1 passed, 1 failed, 4 skipped"),
            ("no-match.jsonl", "grade: 0 passed, 6 failed, 0 skipped"),
        ])
    func gradeLine(fixture: String, expected: String) throws {
        let scorecard = try GraderFixtures.scorecard(fixture)
        #expect(scorecard.gradeLine == expected)
    }

    @Test("The report has a row per exercise and ends with the total and the grade line")
    func textReport() throws {
        let lines = try GraderFixtures.scorecard("mixed.jsonl").gradeReport().split(separator: "\n").map(String.init)
        #expect(lines.last == "grade: 1 passed, 1 failed, 4 skipped")
        #expect(lines.dropLast().last == "Total: 2 of 7 points (28.6%)")
        let row = try #require(lines.first { $0.hasPrefix("  1.3 ") })
        #expect(row.contains("Verify an HS256 signature by hand"))
        #expect(row.contains("passed"))
        #expect(row.hasSuffix("9 of 9"))
        let wrong = try #require(lines.first { $0.hasPrefix("  1.1 ") })
        #expect(wrong.contains("failed"))
        #expect(lines.contains("  1.1 Base64url without padding (failed)"))
    }

    @Test("An exercise the runs never saw counts as having no tests")
    func missingResult() {
        let scorecard = Scorecard(catalogue: GraderFixtures.catalogue, results: [:])
        #expect(scorecard.results.map(\.status) == Array(repeating: .noTests, count: 6))
        #expect(scorecard.points == 0)
    }

    @Test("The JSON report has the summary and each exercise's status and points")
    func json() throws {
        let data = try GraderFixtures.scorecard("mixed.jsonl").jsonData(packagePath: "/learners/ada")
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["passed"] as? Int == 1)
        #expect(summary["failed"] as? Int == 1)
        #expect(summary["skipped"] as? Int == 4)
        #expect(summary["points"] as? Double == 2)
        #expect(summary["possiblePoints"] as? Double == 7)
        #expect(document["package"] as? String == "/learners/ada")
        let exercises = try #require(document["exercises"] as? [[String: Any]])
        let statuses = exercises.compactMap { $0["status"] as? String }
        #expect(statuses == ["failed", "not attempted", "passed", "not attempted", "not attempted", "not attempted"])
        let solved = try #require(exercises.first { $0["id"] as? String == "1.3" })
        #expect(solved["points"] as? Double == 2)
        #expect(solved["file"] as? String == "Exercises/01-jwt-basics/Stubs/VerifyHS256.swift")
    }

    @Test("The JUnit report parses as XML with one test case per exercise and the same counts")
    func junit() throws {
        let xml = try GraderFixtures.scorecard("mixed.jsonl").junitXML()
        let document = try XMLDocument(xmlString: xml)
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "tests")?.stringValue == "6")
        #expect(root.attribute(forName: "failures")?.stringValue == "1")
        #expect(root.attribute(forName: "skipped")?.stringValue == "4")
        let cases = try document.nodes(forXPath: "//testcase")
        let failures = try document.nodes(forXPath: "//testcase/failure")
        let skipped = try document.nodes(forXPath: "//testcase/skipped")
        #expect(cases.count == 6)
        #expect(failures.count == 1)
        #expect(skipped.count == 4)
    }
}
