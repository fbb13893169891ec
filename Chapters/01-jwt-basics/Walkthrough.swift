// The walkthrough's fixed clock, and its first steps: issue a token, read it, verify it.
import Foundation
import JWTCore

/// The chapter's walkthrough: one key, one fixed clock, and a page to print on.
struct Walkthrough {
    /// The walkthrough's "now", 2025-11-29 08:00:00 UTC, fixed so that every
    /// run prints the same tokens.
    static let fixedNow = Date(timeIntervalSince1970: 1_764_403_200)

    let key: JWTKey
    let page: Page
    let now = Walkthrough.fixedNow

    /// Section 1: signs john_doe's access token and prints it.
    func issueTokenForJohn() throws(JWTError) -> String {
        page.section(1, "A token for john_doe")
        let token = try issueAccessToken(for: .johnDoe, key: key, now: now)
        page.field("now", now.formatted(.iso8601) + " (a fixed clock, so every run prints the same)")
        page.field("token", token)
        page.say("Three base64url parts separated by dots: header.payload.signature.")
        return token
    }

    /// Section 2: decodes the three parts with no key at all.
    func showParts(of token: String) {
        page.section(2, "Its three parts, decoded without any key")
        guard let parts = decodeParts(of: token) else {
            page.warn("That token does not have three base64url parts.")
            return
        }
        page.field("header", parts.headerJSON)
        page.field("payload", parts.payloadJSON)
        page.field("signature", "\(parts.signature.count) bytes: HMAC-SHA256 of header.payload, keyed with the secret")
        page.say("Anyone who holds the token can read the payload: never put a secret in it.")
        page.say("The signature proves who made the token and that nobody changed it since; it hides nothing.")
    }

    /// Section 3: verifies the token with the allow-list, issuer and required claims.
    func verifyOnTime(_ token: String) throws(JWTError) {
        page.section(3, "A verified decode")
        let verifier = try accessTokenVerifier(key: key, now: now)
        page.field("verifier", "algorithms [HS256], issuer \(workbookIssuer), requires exp, iat and sub")
        page.show(verdict(on: token, by: verifier), label: "at 08:00")
        page.say("Only after this check may a server trust the claims. Whoever presents the token acts as user 1.")
    }
}
