// Printing the walkthrough: headings, results and notes, in colour only on a terminal.
import Foundation
import JWTCore

/// Writes the walkthrough to standard output.
struct Page {
    /// Whether to use ANSI colours.
    let usesColour: Bool

    /// Whether standard output is a terminal and NO_COLOR is unset (see no-color.org).
    static func standardOutputWantsColour(environment: [String: String]) -> Bool {
        isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil
    }

    /// Prints the chapter's title, underlined.
    func title(_ text: String) {
        print(paint(text, "1"))
        print(String(repeating: "=", count: text.count))
    }

    /// Prints a numbered section heading after a blank line.
    func section(_ number: Int, _ text: String) {
        let heading = "\(number). \(text)"
        print("")
        print(paint(heading, "1"))
        print(String(repeating: "-", count: heading.count))
    }

    /// Prints a labelled value, with labels aligned.
    func field(_ label: String, _ value: String) {
        print(column(label) + value)
    }

    /// Prints a sentence of explanation.
    func say(_ text: String) {
        print(text)
    }

    /// Prints a warning that must not be missed.
    func warn(_ text: String) {
        print(paint(text, "1;33"))
    }

    /// Prints what a verifier decided about a token, after a short label.
    func show(_ verdict: Verdict, label: String) {
        let prefix = column(label)
        switch verdict {
        case .accepted(let claims):
            print(prefix + paint("accepted", "1;32") + "  " + JSONValue.object(claims).description)
        case .expired:
            refusal(JWTError.expired, prefix: prefix)
        case .refused(let error):
            refusal(error, prefix: prefix)
        }
    }

    /// Prints a refusal: the error's code, then its message.
    func show(_ error: JWTError, label: String) {
        refusal(error, prefix: column(label))
    }

    private func refusal(_ error: JWTError, prefix: String) {
        print(prefix + paint("refused", "1;31") + "   " + paint(error.code, "1") + ": " + error.message)
    }

    /// Pads `label` to the width of the label column, leaving at least one space.
    private func column(_ label: String) -> String {
        label + String(repeating: " ", count: max(1, 15 - label.count))
    }

    private func paint(_ text: String, _ code: String) -> String {
        usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Says where the secret came from, loudly when it is the demo secret. It never prints the secret.
    func describe(_ source: ChapterSecret.Source) {
        switch source {
        case .environment:
            field("secret", "from JWT_SECRET (not shown); signatures differ from the chapter's text")
        case .demoBecauseUnset:
            warn("DEMO SECRET: JWT_SECRET is not set, so this walkthrough signs with a secret published")
            warn("in its source code. Anyone can forge tokens with it. Never use it in a real service.")
        case .demoBecauseRejected(let reason):
            warn("DEMO SECRET: JWT_SECRET was refused (\(reason)),")
            warn("so this walkthrough signs with a published demo secret. Never use it in a real service.")
        }
    }

    /// Prints where to go after the walkthrough.
    func closing() {
        print("")
        say("Next: read Chapters/01-jwt-basics/README.md, then solve exercises 1.1 to 1.6.")
        say("Run `swift run workbook` to see your progress and `swift run workbook check 1.1` to check one.")
    }
}
