// Reading the parts of a Swift Testing test identifier.

/// Helpers for identifiers such as `ExerciseTests.Exercise1_1Tests/encodes()/Exercise1_1Tests.swift:9:6`:
/// the module and the outermost suite type, then nested suites, the function and its source location.
public enum TestID {
    /// The name of the outermost suite type, such as `Exercise1_1Tests`, or nil for a free test function.
    public static func suiteTypeName(of id: String) -> String? {
        let first = id.split(separator: "/", maxSplits: 1).first.map(String.init) ?? id
        guard let dot = first.firstIndex(of: ".") else { return nil }
        let typePath = first[first.index(after: dot)...]
        // A nested type may be written with dots: keep only the outermost one.
        return typePath.split(separator: ".").first.map(String.init)
    }

    /// Whether `id` is `ancestor` itself or a test inside it.
    public static func id(_ id: String, isWithin ancestor: String) -> Bool {
        id == ancestor || id.hasPrefix(ancestor + "/") || id.hasPrefix(ancestor + ".")
    }
}
