// Loading the HMAC secret from JWT_SECRET.
import Testing

@testable import WebSupport

@Suite("Signing secret from the environment")
struct SigningSecretTests {
    @Test("Without JWT_SECRET a random secret is made and announced as a demo secret")
    func randomSecretWithoutVariable() throws {
        let secret = try SigningSecret.load(from: [:])
        #expect(secret.source == .randomForThisRun)
        #expect(secret.announcement.contains("DEMO SECRET"))
    }

    @Test("A JWT_SECRET of 32 bytes or more is used, and never printed")
    func longSecretIsUsed() throws {
        let text = "a-workbook-secret-that-is-long-enough-0123"
        let secret = try SigningSecret.load(from: ["JWT_SECRET": text])
        #expect(secret.source == .environment)
        #expect(!secret.announcement.contains(text))
    }

    @Test("A JWT_SECRET shorter than 32 bytes is refused with a clear message")
    func shortSecretIsRefused() {
        do {
            _ = try SigningSecret.load(from: ["JWT_SECRET": "my_secret_key"])
            Issue.record("a 13-byte secret was accepted")
        } catch {
            #expect(error.code == "invalid_configuration")
            #expect(error.message.contains("13 bytes"))
            #expect(error.message.contains("at least 32"))
        }
    }

    @Test("A public key pasted into JWT_SECRET is refused (RFC 8725 §2.1)")
    func publicKeyIsRefused() {
        let pem = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----"
        #expect(throws: WebError.self) { try SigningSecret.load(from: ["JWT_SECRET": pem]) }
    }
}
