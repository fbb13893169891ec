// Colour for the reports, used only when the output is a terminal.

/// Paints report text with ANSI colours, or leaves it plain.
///
/// The commands choose: colour when standard output is a terminal and
/// `NO_COLOR` is unset; files and tests get plain text.
public struct TextStyle: Sendable {
    public let usesColour: Bool

    public init(usesColour: Bool) {
        self.usesColour = usesColour
    }

    /// Plain text, for files, pipes and tests.
    public static let plain = TextStyle(usesColour: false)

    public func bold(_ text: String) -> String { paint(text, code: "1") }
    public func red(_ text: String) -> String { paint(text, code: "31") }
    public func green(_ text: String) -> String { paint(text, code: "32") }
    public func yellow(_ text: String) -> String { paint(text, code: "33") }
    public func dim(_ text: String) -> String { paint(text, code: "2") }

    /// Paints a status word: green when passed, red when failing, yellow when it does not compile.
    public func status(_ text: String, _ status: ExerciseStatus) -> String {
        switch status {
        case .passed: green(text)
        case .failed, .noTests: red(text)
        case .doesNotCompile: yellow(text)
        case .notAttempted: dim(text)
        }
    }

    private func paint(_ text: String, code: String) -> String {
        usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Pads `text` with spaces to `width` characters, so columns line up.
func padded(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}
