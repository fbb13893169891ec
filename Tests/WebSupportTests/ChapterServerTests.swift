// Preparing a chapter's server from its options and the environment.
import Foundation
import Testing

@testable import WebSupport

@Suite("Chapter server set-up")
struct ChapterServerTests {
    @Test("Options and JWT_SECRET reach the token service, the database and the banner")
    func optionsReachTheServices() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("server-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let options = try ServerOptions.parse(["--port", "0", "--database", path, "--access-ttl", "60"])
        let server = await ChapterServer.prepare(
            title: "Chapter 9", label: "tests", options: options,
            environment: ["JWT_SECRET": Fixture.secret])
        #expect(server.secret.source == .environment)
        #expect(server.services.tokens.lifetime == 60)
        #expect(server.services.tokens.audience == "tests")
        #expect(server.services.users.path == path)
        #expect(FileManager.default.fileExists(atPath: path))
        // The token verifies with a service built from the same JWT_SECRET.
        let token = try server.services.tokens.issue(for: DemoUser.john.user)
        let claims = try AccessTokenService(key: Fixture.key(), audience: "tests", lifetime: 60).verify(token)
        #expect(claims.exp.timeIntervalSince(claims.iat) == 60)
    }
}
