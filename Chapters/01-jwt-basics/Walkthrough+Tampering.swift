// The walkthrough's tampering steps: a changed payload, a changed signature and a wrong key.
import JWTCore

extension Walkthrough {
    /// Section 4: john_doe edits his payload, then a signature character; both are caught.
    func tamper(with token: String) throws(JWTError) {
        page.section(4, "Tampering")
        let verifier = try accessTokenVerifier(key: key, now: now)
        let promoted = replacingPayload(of: token, with: accessClaims(for: .janeAdmin, now: now))
        page.say("john_doe rewrites the payload to say sub 2, jane_admin, and keeps his signature:")
        page.show(verdict(on: promoted, by: verifier), label: "payload")
        page.say("Or he changes one character in the middle of the signature:")
        page.show(verdict(on: changingSignatureCharacter(of: token), by: verifier), label: "signature")
    }

    /// Section 6: a verifier holding some other secret refuses the token.
    func verifyWithWrongKey(_ token: String) throws(JWTError) {
        page.section(6, "A wrong key")
        let otherKey = try JWTKey.generateSecret(for: .hs256)
        let verifier = try accessTokenVerifier(key: otherKey, now: now)
        page.say("A server that holds a different secret cannot tell this token from a forgery:")
        page.show(verdict(on: token, by: verifier), label: "other key")
    }
}
