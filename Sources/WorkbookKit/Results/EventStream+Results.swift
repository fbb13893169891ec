// Turning an event stream into one verdict per exercise.
import ExerciseSupport

extension EventStream {
    /// Returns the verdict on `exercise`, from the tests of its suite (`Exercise.suiteTypeName`).
    ///
    /// A test function passes when it ends with no failing issue, fails when an
    /// issue that is neither a warning nor a known issue is recorded in it, and is
    /// skipped when it or its suite is skipped. The exercise then:
    /// - fails when any test fails, or when the run crashed before its tests all ended;
    /// - passes when at least one test passed (a test skipped for another reason does not block it);
    /// - is not attempted when every test was skipped (the stub still throws `ExerciseUnsolved`);
    /// - has no tests when a finished run holds no test function of its suite.
    public func result(for exercise: Exercise) -> ExerciseResult {
        let inSuite = { (id: String) in TestID.suiteTypeName(of: id) == exercise.suiteTypeName }
        let functions = tests.filter { $0.isFunction && inSuite($0.id) }
        var result = ExerciseResult(exercise: exercise, status: .noTests)
        guard !functions.isEmpty else {
            if runEnded {
                result.notes = ["No test of the suite \(exercise.suiteTypeName) ran: its tests are missing."]
            } else {
                // Swift Testing evaluates condition traits, which call the stub, before it lists the tests.
                result.status = .failed
                result.notes = ["The test process stopped before the tests of \(exercise.suiteTypeName) started."]
            }
            return result
        }
        let suiteEvents = events.filter { $0.testID.map(inSuite) ?? false }
        let skippedIDs = suiteEvents.filter { $0.kind == "testSkipped" }.compactMap(\.testID)
        let endedIDs = Set(suiteEvents.filter { $0.kind == "testEnded" }.compactMap(\.testID))
        let failing = suiteEvents.filter(\.isFailure)
        var unfinished: [TestRecord] = []

        for function in functions {
            if skippedIDs.contains(where: { TestID.id(function.id, isWithin: $0) }) {
                result.skippedTests += 1
            } else if failing.contains(where: { $0.testID == function.id }) {
                result.failedTests += 1
            } else if endedIDs.contains(function.id) {
                result.passedTests += 1
            } else {
                unfinished.append(function)
            }
        }
        result.failures = failing.map { failure(from: $0) }
        if !failing.isEmpty || !unfinished.isEmpty {
            result.status = .failed
            result.failedTests += unfinished.count
            if let running = unfinished.first {
                result.notes.append(#"The test process crashed while "\#(running.readableName)" was running."#)
            }
        } else if result.passedTests > 0 {
            result.status = .passed
        } else {
            result.status = .notAttempted
            result.notes = skipReasons(in: suiteEvents)
        }
        return result
    }

    /// Returns the exercises whose tests did not all finish because the test process crashed.
    ///
    /// Tests run in parallel, so a crash in one exercise also cuts short the others
    /// that were running: the grader runs each of these again on its own. A run that
    /// stopped before it listed any test (a condition trait's probe of a stub crashed
    /// or looped) cuts short every exercise.
    public func exercisesCutShort(_ exercises: [Exercise]) -> [Exercise] {
        guard !runEnded else { return [] }
        let finished = Set(events.filter { $0.kind == "testEnded" || $0.kind == "testSkipped" }.compactMap(\.testID))
        return exercises.filter { exercise in
            let functions = tests.filter { $0.isFunction && TestID.suiteTypeName(of: $0.id) == exercise.suiteTypeName }
            // With no test listed, the process stopped before it listed them: nothing is known.
            return functions.isEmpty || functions.contains { function in !finished.contains { TestID.id(function.id, isWithin: $0) } }
        }
    }

    /// The test's display name for an event's test ID.
    private func readableName(of id: String) -> String {
        tests.first { $0.id == id }?.readableName ?? id
    }

    private func failure(from event: TestEvent) -> TestFailure {
        let lines = event.messages.map(\.text)
        return TestFailure(
            test: event.testID.map(readableName) ?? "the test run",
            message: lines.first ?? "The test failed.",
            details: Array(lines.dropFirst()),
            location: event.issue?.sourceLocation?.shortDescription
        )
    }

    /// The distinct reasons given for skipping, such as "Exercise 1.1 not attempted: edit ...".
    private func skipReasons(in events: [TestEvent]) -> [String] {
        var reasons: [String] = []
        for event in events where event.kind == "testSkipped" {
            for message in event.messages {
                let reason = Self.quotedReason(in: message.text)
                if !reasons.contains(reason) { reasons.append(reason) }
            }
        }
        return reasons
    }

    /// The reason in `Suite "Name" skipped: "reason"`, or the whole text when it has no such part.
    static func quotedReason(in text: String) -> String {
        guard let range = text.range(of: #" skipped: ""#), text.hasSuffix("\"") else { return text }
        return String(text[range.upperBound..<text.index(before: text.endIndex)])
    }
}
