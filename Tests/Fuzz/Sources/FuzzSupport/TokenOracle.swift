// What the decoder promises about every token it accepts.
import JWTCore

/// Checks tokens that JWTCore accepted against the strict rules.
public enum TokenOracle {
    /// Checks a token that parsed (with or without verification): exactly three
    /// segments, each canonical base64url by an independent decoder, and a
    /// header and payload that the decoded bytes really hold.
    public static func checkParsed(_ token: String, header: JWTHeader, claims: [String: JSONValue], signature: [UInt8]?) {
        let segments = token.split(separator: ".", omittingEmptySubsequences: false)
        guard segments.count == 3 else { finding("a token with \(segments.count) segments was accepted") }
        guard let headerBytes = IndependentBase64URL.canonicalBytes(segments[0]),
            let payloadBytes = IndependentBase64URL.canonicalBytes(segments[1]),
            let signatureBytes = IndependentBase64URL.canonicalBytes(segments[2])
        else { finding("a token with a segment that is not canonical base64url was accepted") }
        if let signature, signature != signatureBytes { finding("the decoded signature is not the signature segment's bytes") }
        checkObject(headerBytes, equals: header.fields, part: "header")
        checkObject(payloadBytes, equals: claims, part: "payload")
    }

    /// Checks a token that `verifier` accepted: everything ``checkParsed`` checks,
    /// an allowed `alg` that fits the key, every claim rule, every other reference
    /// verifier for that algorithm agreeing, and a different key refusing it.
    public static func checkVerified(_ token: String, _ verified: VerifiedToken, by verifier: JWTVerifier) {
        checkParsed(token, header: verified.header, claims: verified.claims, signature: nil)
        guard case .string(let name)? = verified.header.fields["alg"], let algorithm = JWTAlgorithm(rawValue: name) else {
            finding("a token without a known alg was accepted")
        }
        guard verifier.algorithms.contains(algorithm) else { finding("a token with an alg outside the allow-list was accepted") }
        checkHeader(verified.header)
        checkClaims(verified.claims)
        guard let reference = ReferenceKeys.byAlgorithm[algorithm] else { finding("no reference key for an accepted alg") }
        for other in reference.verifiers {
            guard let again = try? other.verify(token), again == verified else {
                finding("a token accepted by one \(name) reference verifier is refused by another")
            }
        }
        do {
            _ = try reference.wrongKeyVerifier.verify(token)
            finding("a \(name) token verified with a different key")
        } catch .badSignature {
            // The expected outcome.
        } catch {
            finding("a \(name) token checked with a different key failed with \(error.code), not bad_signature")
        }
    }

    /// Stops with a finding when an error is API misuse rather than a token failure.
    public static func checkRejection(_ error: JWTError) {
        guard error.isTokenFailure else { finding("a token made the library report invalid_usage") }
    }

    private static func checkObject(_ bytes: [UInt8], equals fields: [String: JSONValue], part: String) {
        guard case .object(let members)? = try? JSONParser.parse(bytes), members == fields else {
            finding("the token's \(part) is not the JSON object its segment holds")
        }
        JSONOracle.checkAccepted(bytes, value: .object(members), maxDepth: JSONParser.defaultMaxDepth)
    }

    private static func checkHeader(_ header: JWTHeader) {
        for name in ["kid", "typ"] where header.fields[name] != nil && header.fields[name]?.stringValue == nil {
            finding("a token whose \(name) is not a string was accepted")
        }
        if let crit = header.fields["crit"] {
            guard case .array(let names) = crit, !names.isEmpty,
                names.allSatisfy({ $0 == .string(ReferenceKeys.understoodCritical) }), names.count == 1,
                header.fields[ReferenceKeys.understoodCritical] != nil
            else { finding("a token with a crit the verifier does not understand was accepted") }
        }
    }

    private static func checkClaims(_ claims: [String: JSONValue]) {
        let now = ReferenceKeys.now
        if let exp = claims["exp"] {
            guard let seconds = exp.doubleValue, seconds.isFinite, now < seconds else { finding("an expired token was accepted") }
        }
        for name in ["nbf", "iat"] {
            if let value = claims[name] {
                guard let seconds = value.doubleValue, seconds.isFinite, seconds <= now else {
                    finding("a token with a future or invalid \(name) was accepted")
                }
            }
        }
        guard claims["iss"] == .string(ReferenceKeys.issuer) else { finding("a token from another issuer was accepted") }
        let audience = JSONValue.string(ReferenceKeys.audience)
        switch claims["aud"] {
        case audience: break
        case .array(let entries)? where entries.contains(audience) && entries.allSatisfy({ $0.stringValue != nil }): break
        default: finding("a token for another audience was accepted")
        }
        for name in ["sub", "jti"] where claims[name] != nil && claims[name]?.stringValue == nil {
            finding("a token whose \(name) is not a string was accepted")
        }
    }
}
