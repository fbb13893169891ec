// What a chapter's server prints once it listens: its URL, its setup, curl commands.

/// A shell command a learner can paste into a second terminal, with a comment.
public struct CurlExample: Sendable, Equatable {
    /// What the command shows, printed as a `#` comment above it.
    public let comment: String
    public let command: String

    public init(_ comment: String, _ command: String) {
        self.comment = comment
        self.command = command
    }
}

/// The lines a chapter's server prints when it starts listening.
///
/// ```swift
/// let banner = StartupBanner(title: "Chapter 2: Flask-style login", baseURL: "http://127.0.0.1:8080",
///                            secret: secret, options: options, examples: examples)
/// banner.print()
/// ```
public struct StartupBanner: Sendable {
    public let title: String
    public let baseURL: String
    public let secretAnnouncement: String
    public let databasePath: String?
    public let accessTTL: Int
    public let examples: [CurlExample]

    public init(
        title: String, baseURL: String, secretAnnouncement: String, databasePath: String?, accessTTL: Int,
        examples: [CurlExample]
    ) {
        self.title = title
        self.baseURL = baseURL
        self.secretAnnouncement = secretAnnouncement
        self.databasePath = databasePath
        self.accessTTL = accessTTL
        self.examples = examples
    }

    /// The banner's lines.
    public var lines: [String] {
        let storage =
            databasePath.map { "Users are kept in the SQLite file \($0)." }
            ?? "Users live in an in-memory SQLite database (pass --database PATH to keep them)."
        var lines = [
            "",
            title,
            "Listening on \(baseURL)   (Ctrl-C stops the server)",
            secretAnnouncement,
            storage,
        ]
        lines += DemoUser.all.map { demo in
            "  \(demo.user.username.padding(12))password \(demo.password.padding(30))role \(demo.user.role.rawValue)"
        }
        lines.append("Access tokens expire after \(accessTTL) seconds (--access-ttl).")
        lines.append("")
        lines.append("Try it from another terminal:")
        for example in examples {
            lines.append("  # \(example.comment)")
            lines.append("  \(example.command)")
        }
        lines.append("")
        return lines
    }

    /// Prints the banner to standard output.
    public func print() {
        Console.write(lines)
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
