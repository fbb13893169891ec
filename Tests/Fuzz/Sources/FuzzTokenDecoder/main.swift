// libFuzzer target: arbitrary bytes as a compact JWS, against every algorithm and key kind.
//
// Every input goes to the unverified parser and to each reference verifier:
// 13 algorithms with keys from PEM (SPKI and PKCS#1) and from JWK, one verifier
// per key that allows every algorithm, and the JWK Set verifier. Nothing may
// crash, and whatever is accepted must satisfy `TokenOracle`.
import FuzzSupport
import JWTCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let token = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var parsed: UnverifiedToken? = nil
    do {
        let unverified = try UnverifiedToken(insecurelyParsing: token)
        TokenOracle.checkParsed(token, header: unverified.header, claims: unverified.claims, signature: unverified.signature)
        parsed = unverified
    } catch {
        TokenOracle.checkRejection(error)
    }
    for verifier in ReferenceKeys.everyVerifier {
        do {
            let verified = try verifier.verify(token)
            guard parsed != nil else { finding("a verifier accepted a token the unverified parser refuses") }
            TokenOracle.checkVerified(token, verified, by: verifier)
        } catch {
            TokenOracle.checkRejection(error)
        }
    }
    return 0
}
