// A key-confusion attack on an RS256 server, and the two defences that stop it.
import JWTCore

/// What each line of defence did with a key-confusion attempt.
struct KeyConfusionOutcome {
    /// A verifier that allows RS256 only, as it should.
    let strictAllowList: Verdict
    /// A verifier whose allow-list wrongly admits HS256 as well.
    let sloppyAllowList: Verdict
    /// The refusal to make an HMAC key from the public key's PEM text, or `nil` if it was allowed.
    let publicKeyAsSecret: JWTError?
}

/// Plays a key-confusion attack (RFC 8725 §2.1) against a server that signs
/// with a new RS256 key pair and verifies with its public key.
func attemptKeyConfusion(claims: [String: JSONValue]) throws(JWTError) -> KeyConfusionOutcome {
    let serverKey = try JWTKey.generate(for: .rs256)
    let publicKey = try serverKey.publicKey()
    let forged = keyConfusionToken(claims: claims)

    let strict = try JWTVerifier(key: publicKey, algorithms: [.rs256])
    let sloppy = try JWTVerifier(key: publicKey, algorithms: [.rs256, .hs256])

    var publicKeyAsSecret: JWTError? = nil
    do {
        _ = try JWTKey.hmac(try serverKey.publicKeyPEM())
    } catch {
        publicKeyAsSecret = error
    }
    return KeyConfusionOutcome(
        strictAllowList: verdict(on: forged, by: strict),
        sloppyAllowList: verdict(on: forged, by: sloppy),
        publicKeyAsSecret: publicKeyAsSecret
    )
}
