// Checks that every Swift listing in a chapter's README is real code: it appears, line for line, in a compiled file.
import Foundation
import Testing

@Suite("Chapter docs")
struct ChapterDocsTests {
    @Test(
        "Every Swift block in a chapter README appears word for word in a compiled file",
        arguments: ChapterDocs.readmePaths()
    )
    func everySwiftBlockIsCompiled(readmePath: String) throws {
        let markdown = try ChapterDocs.read(readmePath)
        let sources = try ChapterDocs.compiledSources().map { ChapterDocs.normalisedLines($0.text) }
        for block in ChapterDocs.swiftBlocks(in: markdown) {
            let lines = ChapterDocs.normalisedLines(block.text)
            let found = sources.contains { ChapterDocs.contains(lines, in: $0) }
            #expect(
                found,
                """
                \(readmePath), line \(block.line): this Swift block does not appear word for word in any \
                .swift file under Chapters/, Sources/ or Exercises/*/Solutions/. Copy it from the code, or change the code:
                \(block.text)
                """
            )
        }
    }

    @Test("The check finds chapter READMEs and Swift blocks, so it cannot pass by finding nothing")
    func theCheckHasSomethingToCheck() throws {
        let readmes = ChapterDocs.readmePaths()
        #expect(readmes.contains("Chapters/01-jwt-basics/README.md"))
        let blocks = ChapterDocs.swiftBlocks(in: try ChapterDocs.read("Chapters/01-jwt-basics/README.md"))
        #expect(blocks.count >= 5)
        let sources = try ChapterDocs.compiledSources()
        #expect(sources.contains { $0.path == "Chapters/01-jwt-basics/main.swift" })
    }

    @Test("Normalising trims each line but keeps every blank line, at the ends too")
    func normalisingKeepsBlankLines() {
        let lines = ChapterDocs.normalisedLines("\n    let a = 1\n\n\tlet b = 2  \r\n\n")
        #expect(lines == ["", "let a = 1", "", "let b = 2", "", ""])
    }

    @Test("A block matches only consecutive lines, blank lines included")
    func blocksMatchConsecutiveLines() {
        let file = ["import JWTCore", "", "let a = 1", "", "let b = 2"]
        #expect(ChapterDocs.contains(["let a = 1", "", "let b = 2"], in: file))
        #expect(!ChapterDocs.contains(["let a = 1", "let b = 2"], in: file))
        #expect(!ChapterDocs.contains(["let b = 2", ""], in: file))
    }

    @Test("Only swift fences are extracted, with the README line they start on")
    func onlySwiftFencesAreExtracted() {
        let markdown = "# Title\n\n```sh\nswift run\n```\n\n  ```swift\n  let a = 1\n\n  let b = 2\n  ```\n"
        let blocks = ChapterDocs.swiftBlocks(in: markdown)
        #expect(blocks.count == 1)
        #expect(blocks.first?.line == 7)
        #expect(blocks.first?.text == "  let a = 1\n\n  let b = 2")
    }
}

/// Reading chapter READMEs and the compiled Swift files their listings must come from.
enum ChapterDocs {
    /// The package root: three folders up from this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fenced Swift block: its text and the README line its opening fence is on.
    struct Block {
        let line: Int
        let text: String
    }

    /// Every `README.md` under `Chapters/`, as paths relative to the package root, sorted.
    static func readmePaths() -> [String] {
        files(under: "Chapters") { $0.hasSuffix("/README.md") }
    }

    /// Every `.swift` file under `Chapters/`, under `Sources/` (the library code the chapters
    /// share) and under each `Exercises/*/Solutions/`, with its text.
    static func compiledSources() throws -> [(path: String, text: String)] {
        let chapterFiles = files(under: "Chapters") { $0.hasSuffix(".swift") } + files(under: "Sources") { $0.hasSuffix(".swift") }
        let solutionFiles = files(under: "Exercises") { path in
            let components = path.split(separator: "/")
            return path.hasSuffix(".swift") && components.count >= 4 && components[2] == "Solutions"
        }
        return try (chapterFiles + solutionFiles).map { (path: $0, text: try read($0)) }
    }

    /// Reads a file relative to the package root.
    static func read(_ relativePath: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Splits `text` into lines (keeping empty ones, and treating "\r\n" as one break) and trims whitespace at both ends of each.
    static func normalisedLines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// Whether `block` occurs in `lines` as consecutive lines.
    static func contains(_ block: [String], in lines: [String]) -> Bool {
        guard !block.isEmpty, block.count <= lines.count else { return block.isEmpty }
        return (0...(lines.count - block.count)).contains { start in
            lines[start..<(start + block.count)].elementsEqual(block)
        }
    }

    /// The ```swift blocks of `markdown`, each with the line number of its opening fence.
    static func swiftBlocks(in markdown: String) -> [Block] {
        var blocks: [Block] = []
        var current: (line: Int, lines: [Substring])? = nil
        for (index, line) in markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let open = current {
                if trimmed == "```" {
                    blocks.append(Block(line: open.line, text: open.lines.joined(separator: "\n")))
                    current = nil
                } else {
                    current?.lines.append(line)
                }
            } else if trimmed == "```swift" {
                current = (line: index + 1, lines: [])
            }
        }
        return blocks
    }

    /// Paths relative to the package root of the files under `folder` that `include` accepts, sorted.
    private static func files(under folder: String, where include: (String) -> Bool) -> [String] {
        let base = packageRoot.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        return enumerator.compactMap { $0 as? String }
            .map { "\(folder)/\($0)" }
            .filter(include)
            .sorted()
    }
}
