// Exercise 1.6: accept a token's algorithm only when the verifier allows it, and never "none".
import ExerciseSupport
import JWTCore

/// Returns the algorithm a token's header names, when it is one of `allowList`.
///
/// ```swift
/// try allowedAlgorithm(in: ["alg": "HS256"], allowList: [.hs256]) // Returns .hs256.
/// ```
public func allowedAlgorithm(in header: [String: JSONValue], allowList: [JWTAlgorithm]) throws -> JWTAlgorithm {
    // Whoever made the token wrote its header, so "alg" is a claim to check, not an instruction.
    guard let name = header["alg"]?.stringValue else {
        throw JWTError.algorithmNotAllowed("the header has no alg string")
    }
    // "none" announces an unsigned token. Refuse it in every spelling: filters that looked only
    // for lowercase "none" have let "NONE" and "nOnE" through (RFC 8725 §2.1).
    guard name.lowercased() != "none" else {
        throw JWTError.algorithmNotAllowed("unsigned tokens (alg none) are never accepted")
    }
    // Algorithm names are case-sensitive (RFC 7515 §4.1.1), so "hs256" names nothing.
    guard let algorithm = JWTAlgorithm(rawValue: name) else {
        throw JWTError.algorithmNotAllowed("\(name) is not a known algorithm")
    }
    // The verifier, not the token, decides which algorithms its keys are for (RFC 8725 §3.1).
    guard allowList.contains(algorithm) else {
        throw JWTError.algorithmNotAllowed("\(name) is not in the allow-list")
    }
    return algorithm
}
