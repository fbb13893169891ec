// Calling the learner's code where it must return a value, so that a thrown error still carries a hint.
import Testing

/// Calls the learner's code for exercise `id` and returns its result.
///
/// When the code throws where it should have returned, the test stops there with one
/// failure that names the error and gives the exercise's next hint.
///
/// ```swift
/// let header = try attempt("1.2") { try decodeHeader(of: token) }
/// ```
func attempt<Value>(_ id: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Value) throws -> Value {
    let outcome = Result(catching: body)
    let returnedValue = try? outcome.get()
    return try #require(returnedValue, comment(for: outcome, id: id), sourceLocation: sourceLocation)
}

/// Returns what went wrong with `outcome` and the next hint, as the comment of a failure.
private func comment<Value>(for outcome: Result<Value, any Error>, id: String) -> Comment {
    guard case .failure(let error) = outcome else { return Hint.next(for: id) }
    return Comment(rawValue: "It threw \"\(error)\" where it should return a value. \(Hint.next(for: id).rawValue)")
}
