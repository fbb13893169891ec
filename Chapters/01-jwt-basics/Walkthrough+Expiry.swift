// The walkthrough's expiry step: the clock moves, nobody waits.
import Foundation
import JWTCore

extension Walkthrough {
    /// Section 5: checks the token just before and at its `exp`, then the
    /// article's token, which has no `exp` at all.
    func letTimePass(on token: String) throws(JWTError) {
        page.section(5, "Expiry, with a clock you can move")
        let justBefore = try accessTokenVerifier(key: key, now: now + accessTokenLifetime - 1)
        let atExpiry = try accessTokenVerifier(key: key, now: now + accessTokenLifetime)
        page.say("The token's exp is 08:15:00. Instead of waiting, each verifier gets its own clock:")
        page.show(verdict(on: token, by: justBefore), label: "at 08:14:59")
        page.show(verdict(on: token, by: atExpiry), label: "at 08:15:00")

        page.say("The article's payload has no exp. A year later, a verifier that does not require one:")
        let articleToken = try articleStyleToken(for: .johnDoe, key: key)
        var aYearLater = JWTValidation()
        aYearLater.now = { Walkthrough.fixedNow + 365 * 24 * 60 * 60 }
        let lenient = try JWTVerifier(key: key, algorithms: [.hs256], validation: aYearLater)
        page.show(verdict(on: articleToken, by: lenient), label: "no exp")
        page.say("So the article's ExpiredSignatureError branch can never run. Require exp, and the token is refused:")
        aYearLater.requiredClaims = ["exp"]
        let strict = try JWTVerifier(key: key, algorithms: [.hs256], validation: aYearLater)
        page.show(verdict(on: articleToken, by: strict), label: "exp needed")
    }
}
