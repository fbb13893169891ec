// Exercise 1.6: accept a token's algorithm only when the verifier allows it, and never "none".
import ExerciseSupport
import JWTCore

/// Returns the algorithm a token's header names, when it is one of `allowList`.
///
/// ```swift
/// try allowedAlgorithm(in: ["alg": "HS256"], allowList: [.hs256]) // Returns .hs256.
/// ```
public func allowedAlgorithm(in header: [String: JSONValue], allowList: [JWTAlgorithm]) throws -> JWTAlgorithm {
    // TODO: Return the algorithm named by the header's "alg", but only if the verifier allows
    // it. The header is written by whoever made the token, so "alg" is a claim to check, never
    // an instruction to follow: an attacker who may choose "none" sends an unsigned token, and
    // one who may choose HS256 where you expect RS256 signs with your public key as the secret.
    // Throw `JWTError.algorithmNotAllowed` with a short reason when "alg" is missing or not a
    // string, when it is "none" in any mix of upper and lower case, when it names no
    // `JWTAlgorithm` (the names are case-sensitive: "hs256" is not "HS256"), and when the
    // algorithm is not in `allowList`.
    throw ExerciseUnsolved("1.6")
}
