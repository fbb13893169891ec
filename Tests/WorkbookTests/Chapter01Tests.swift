// Checks that chapter 1's walkthrough refuses each token the way the chapter's text says it does.
import Foundation
import JWTCore
import Testing

@testable import Chapter01

@Suite("Chapter 1 walkthrough")
struct Chapter01Tests {
    let key: JWTKey
    let now = Walkthrough.fixedNow

    init() throws {
        key = try JWTKey.hmac(ChapterSecret.demoSecret)
    }

    /// john_doe's token as the chapter's README prints it (the demo secret, the fixed clock).
    static let tokenInTheReadme =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        + ".eyJleHAiOjE3NjQ0MDQxMDAsImlhdCI6MTc2NDQwMzIwMCwiaXNzIjoiand0LWF1dGgtd29ya2Jvb2siLCJzdWIiOiIxIiwidXNlcm5hbWUiOiJqb2huX2RvZSJ9"
        + ".GLYYdDJ8iXPTiRgwUhtilg0WgzYQr8wPZBjKpXYgpzc"

    @Test("john_doe's demo token is the one the README shows, and it is accepted at the fixed time")
    func johnsTokenIsTheReadmesAndIsAccepted() throws {
        let token = try issueAccessToken(for: .johnDoe, key: key, now: now)
        #expect(token == Self.tokenInTheReadme)
        let result = verdict(on: token, by: try accessTokenVerifier(key: key, now: now))
        #expect(result == .accepted(accessClaims(for: .johnDoe, now: now)))
    }

    @Test("The three parts decode without a key to the header and claims the chapter shows")
    func partsDecodeWithoutAKey() throws {
        let parts = try #require(decodeParts(of: Self.tokenInTheReadme))
        #expect(parts.headerJSON == #"{"alg":"HS256","typ":"JWT"}"#)
        #expect(
            parts.payloadJSON
                == #"{"exp":1764404100,"iat":1764403200,"iss":"jwt-auth-workbook","sub":"1","username":"john_doe"}"#
        )
        #expect(parts.signature.count == 32)
    }

    @Test("A payload rewritten to jane_admin is refused as bad_signature")
    func rewrittenPayloadIsRefused() throws {
        let token = try issueAccessToken(for: .johnDoe, key: key, now: now)
        let forged = replacingPayload(of: token, with: accessClaims(for: .janeAdmin, now: now))
        let code = verdict(on: forged, by: try accessTokenVerifier(key: key, now: now)).errorCode
        #expect(code == "bad_signature")
    }

    @Test("A signature with one middle character changed is refused as bad_signature")
    func changedSignatureIsRefused() throws {
        let token = try issueAccessToken(for: .johnDoe, key: key, now: now)
        let tampered = changingSignatureCharacter(of: token)
        let differences = zip(token, tampered).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(differences.count == 1)
        #expect(differences.first.map { $0 < token.count - 1 } == true)
        let code = verdict(on: tampered, by: try accessTokenVerifier(key: key, now: now)).errorCode
        #expect(code == "bad_signature")
    }

    @Test("The token is accepted one second before exp and refused as expired at exp")
    func tokenExpiresAtExp() throws {
        let token = try issueAccessToken(for: .johnDoe, key: key, now: now)
        let before = verdict(on: token, by: try accessTokenVerifier(key: key, now: now + accessTokenLifetime - 1))
        let atExpiry = verdict(on: token, by: try accessTokenVerifier(key: key, now: now + accessTokenLifetime))
        #expect(before.errorCode == nil)
        #expect(atExpiry == .expired)
    }

    @Test("A verifier holding another secret refuses the token as bad_signature")
    func wrongKeyIsRefused() throws {
        let token = try issueAccessToken(for: .johnDoe, key: key, now: now)
        let otherKey = try JWTKey.generateSecret(for: .hs256)
        let code = verdict(on: token, by: try accessTokenVerifier(key: otherKey, now: now)).errorCode
        #expect(code == "bad_signature")
    }

    @Test("An alg none token is refused as algorithm_not_allowed")
    func unsecuredTokenIsRefused() throws {
        let forged = unsecuredToken(claims: accessClaims(for: .janeAdmin, now: now))
        #expect(forged.hasSuffix("."))
        let code = verdict(on: forged, by: try accessTokenVerifier(key: key, now: now)).errorCode
        #expect(code == "algorithm_not_allowed")
    }

    @Test("Key confusion is refused by the allow-list, by the key's family, and when making the key")
    func keyConfusionIsRefused() throws {
        let outcome = try attemptKeyConfusion(claims: accessClaims(for: .janeAdmin, now: now))
        #expect(outcome.strictAllowList.errorCode == "algorithm_not_allowed")
        #expect(outcome.sloppyAllowList.errorCode == "algorithm_not_allowed")
        #expect(outcome.publicKeyAsSecret?.code == "key_invalid")
    }

    @Test("The article's token without exp is accepted a year later unless exp is required")
    func articleTokenNeverExpires() throws {
        let token = try articleStyleToken(for: .johnDoe, key: key)
        var validation = JWTValidation()
        validation.now = { Walkthrough.fixedNow + 365 * 24 * 60 * 60 }
        let lenient = verdict(on: token, by: try JWTVerifier(key: key, algorithms: [.hs256], validation: validation))
        #expect(lenient.errorCode == nil)
        validation.requiredClaims = ["exp"]
        let strict = verdict(on: token, by: try JWTVerifier(key: key, algorithms: [.hs256], validation: validation))
        #expect(strict.errorCode == "missing_claim")
    }

    @Test("The article's 13-byte secret is refused as key_invalid")
    func articleSecretIsRefused() {
        let code = refusalCode { () throws(JWTError) in try JWTKey.hmac(articleSecret) }
        #expect(code == "key_invalid")
    }

    @Test(
        "JWT_SECRET is used only when it is a usable HS256 secret",
        arguments: [
            ([:], ChapterSecret.Source.demoBecauseUnset),
            (["JWT_SECRET": "0123456789abcdef0123456789abcdef"], .environment),
        ] as [([String: String], ChapterSecret.Source)]
    )
    func secretComesFromTheEnvironment(environment: [String: String], expected: ChapterSecret.Source) throws {
        let source = try ChapterSecret.load(from: environment).source
        #expect(source == expected)
    }

    @Test("A short JWT_SECRET falls back to the demo secret, and the reason never shows the secret")
    func shortSecretFallsBack() throws {
        let source = try ChapterSecret.load(from: ["JWT_SECRET": "hunter2-too-short"]).source
        guard case .demoBecauseRejected(let reason) = source else {
            Issue.record("Expected the demo secret, got \(source)")
            return
        }
        #expect(!reason.contains("hunter2"))
    }
}

/// Returns the code of the JWTError `body` throws, or `nil` when it throws none.
private func refusalCode(_ body: () throws(JWTError) -> JWTKey) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return error.code
    }
}
