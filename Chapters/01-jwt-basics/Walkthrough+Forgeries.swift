// The walkthrough's forgeries: `alg: none`, key confusion, and the article's short secret.
import JWTCore

extension Walkthrough {
    /// Section 7: an unsecured token, with no signature at all.
    func tryUnsecuredToken() throws(JWTError) {
        page.section(7, "alg: none")
        let verifier = try accessTokenVerifier(key: key, now: now)
        let forged = unsecuredToken(claims: accessClaims(for: .janeAdmin, now: now))
        page.field("token", forged)
        page.say("The header says alg none and the signature is empty; anyone can write this token.")
        page.show(verdict(on: forged, by: verifier), label: "none")
    }

    /// Section 8: an HS256 token sent to a server that verifies RS256.
    func tryKeyConfusion() throws(JWTError) {
        page.section(8, "Key confusion")
        page.say("A server verifies RS256 with its public key; the attacker sends an HS256 token,")
        page.say("hoping the server will use that public key as an HMAC secret.")
        let outcome = try attemptKeyConfusion(claims: accessClaims(for: .janeAdmin, now: now))
        page.show(outcome.strictAllowList, label: "[RS256]")
        page.show(outcome.sloppyAllowList, label: "[RS256,HS256]")
        if let refusal = outcome.publicKeyAsSecret {
            page.show(refusal, label: "PEM as key")
        }
        page.say("Even a careless allow-list fails safe: an RSA key is never an HMAC secret.")
    }

    /// Section 9: the article's 13-byte literal secret, refused as too short.
    func tryArticleSecret() {
        page.section(9, "The article's secret")
        page.say("The article signs with a 13-byte literal. HS256 needs a secret of at least 32 bytes:")
        do {
            _ = try JWTKey.hmac(articleSecret)
            page.warn("The article's secret was accepted; that should not happen.")
        } catch {
            page.show(error, label: "13 bytes")
        }
        page.say("Take the secret from the environment: 32 random bytes or more, never a literal in the source.")
    }
}
