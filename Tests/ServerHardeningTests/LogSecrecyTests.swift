// Whatever a client sends, no token and no password reaches a log line, at any level.
import Foundation
import ServerTestSupport
import Testing
import WebSupport

@Suite("Logs never hold a token or a password, on every server")
struct LogSecrecyTests {
    @Test("Logins, tokens good and bad, and bad bodies leave no secret in the log, at trace level", arguments: ServerUnderTest.all)
    func noSecretInLogs(server: ServerUnderTest) async throws {
        let log = CapturedLog()
        let randomTokens = RandomTokens.make(count: 10, seed: 3).map { "secret-\($0)" }
        let wrongPassword = "wrong-password-that-must-not-be-logged"
        let token = try await withSecrets(server: server, log: log, randomTokens: randomTokens, wrongPassword: wrongPassword)
        let secrets = [token, DemoUser.john.password, DemoUser.jane.password, wrongPassword] + randomTokens
        let lines = log.lines
        #expect(!lines.isEmpty, "\(server.name): nothing was logged, so the check would prove nothing")
        for secret in secrets {
            let leaks = lines.filter { $0.contains(secret) }
            #expect(leaks.isEmpty, "\(server.name): a secret reached \(leaks.count) log line(s)")
        }
        // A token's signature alone is a secret too (it proves the token).
        let signature = String(token.split(separator: ".").last ?? "")
        #expect(!lines.contains { $0.contains(signature) }, "\(server.name): a token's signature reached the log")
    }

    /// Sends every kind of request that carries a secret and returns the good token it got.
    private func withSecrets(server: ServerUnderTest, log: CapturedLog, randomTokens: [String], wrongPassword: String) async throws
        -> String
    {
        let box = TokenBox()
        try await server.run(log.logger) { _, client in
            let token = try await server.logIn(client)
            await box.set(token)
            _ = try await client.get(server.protectedPath, authorization: "Bearer \(token)")
            _ = try await client.get(server.protectedPath + "?token=\(token)", authorization: nil)
            for random in randomTokens {
                _ = try await client.get(server.protectedPath, authorization: "Bearer \(random)")
            }
            let wrongLogin = server.goodLogin.replacingOccurrences(of: DemoUser.john.password, with: wrongPassword)
            _ = try await client.send(
                .post, server.loginPath, headers: [.contentType: server.loginContentType], body: Array(wrongLogin.utf8))
            _ = try await client.send(
                .post, server.loginPath, headers: [.contentType: "text/plain"], body: Array(server.goodLogin.utf8))
        }
        return await box.token
    }
}

/// Carries the token out of the server's closure.
private actor TokenBox {
    private(set) var token = ""
    func set(_ token: String) { self.token = token }
}
