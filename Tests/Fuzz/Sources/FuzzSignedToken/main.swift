// libFuzzer target: an arbitrary header and payload, signed with the reference key.
//
// Random bytes almost never carry a valid signature, so this target signs
// what the fuzzer writes and checks the verifiers' answer to a correctly
// signed token. The input is three parts separated by the first two
// newlines: an algorithm name, the header bytes and the payload bytes.
// A correctly signed token must never fail with `bad_signature`, every
// reference verifier must give the same answer, and whatever is accepted
// must satisfy `TokenOracle`.
import FuzzSupport

@testable import JWTCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSignedToken(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    guard let firstNewline = input.firstIndex(of: 0x0A),
        let algorithm = JWTAlgorithm(rawValue: String(decoding: input[..<firstNewline], as: UTF8.self)),
        let reference = ReferenceKeys.byAlgorithm[algorithm]
    else { return 0 }
    let rest = input[(firstNewline + 1)...]
    let secondNewline = rest.firstIndex(of: 0x0A) ?? rest.endIndex
    let header = Array(rest[..<secondNewline])
    let payload = secondNewline < rest.endIndex ? Array(rest[(secondNewline + 1)...]) : []

    let signingInput = IndependentBase64URL.encode(header) + "." + IndependentBase64URL.encode(payload)
    let signature: [UInt8]
    do {
        // The engine JWTSigner signs with, over bytes JWTSigner would never write.
        signature = try Array(signingInput.utf8).withUnsafeBytes { input throws(JWTError) in
            try SignatureEngine.sign(input, key: reference.signingKey, algorithm: algorithm)
        }
    } catch {
        finding("the reference key could not sign: \(error)")
    }
    let token = signingInput + "." + IndependentBase64URL.encode(signature)

    var outcomes: [String] = []
    for verifier in reference.verifiers {
        do {
            let verified = try verifier.verify(token)
            TokenOracle.checkVerified(token, verified, by: verifier)
            outcomes.append("valid")
        } catch .badSignature {
            finding("a token signed with the reference \(algorithm.rawValue) key failed with bad_signature")
        } catch {
            TokenOracle.checkRejection(error)
            outcomes.append(error.code)
        }
    }
    if Set(outcomes).count > 1 { finding("the \(algorithm.rawValue) reference verifiers disagree about one token") }
    return 0
}
