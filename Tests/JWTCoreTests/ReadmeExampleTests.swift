// Keeps the README's Swift example compiling, running, and word for word in this file.
import Foundation
import JWTCore
import Testing

@Suite("README example")
struct ReadmeExampleTests {
    /// Runs the README's example; its lines below are copied from README.md exactly.
    func readmeExample() throws -> String {
        let key = try JWTKey.hmac("a-demo-secret-that-is-at-least-32-bytes")
        let signer = try JWTSigner(key: key, algorithm: .hs256)
        let token = try signer.sign(["sub": "1", "username": "john_doe", "exp": 4_102_444_800])

        var validation = JWTValidation()
        validation.requiredClaims = ["exp", "sub"]
        let verifier = try JWTVerifier(key: key, algorithms: [.hs256], validation: validation)
        let claims = try verifier.verify(token).claims
        print(claims["username"]?.stringValue ?? "nobody")  // Prints "john_doe".
        return claims["username"]?.stringValue ?? "nobody"
    }

    @Test("The README example verifies its own token")
    func readmeExampleRuns() throws {
        let username = try readmeExample()
        #expect(username == "john_doe")
    }

    @Test("Every Swift block in README.md appears word for word in this file")
    func readmeBlocksAreCompiled() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let normalisedSource = source.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
        let blocks = readme.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
        #expect(!blocks.isEmpty, "README.md should have at least one Swift block")
        for block in blocks {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let normalisedBlock = lines.joined(separator: "\n")
            #expect(normalisedSource.contains(normalisedBlock), "README block not found in this file:\n\(block)")
        }
    }
}
