// libFuzzer target: arbitrary bytes to JWTCore's strict JSON parser, and to the JWK readers that use it.
//
// The parser runs with the default depth cap and with a small one, so the cap
// itself is exercised. Whatever it accepts must satisfy `JSONOracle`; the JWK
// and JWK Set readers must refuse bad key data with `key_invalid`, never crash.
import FuzzSupport
import JWTCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for maxDepth in [JSONParser.defaultMaxDepth, 3] {
        guard let value = try? JSONParser.parse(bytes, maxDepth: maxDepth) else { continue }
        JSONOracle.checkAccepted(bytes, value: value, maxDepth: maxDepth)
        let object = try? JSONParser.parseObject(bytes, maxDepth: maxDepth)
        if (object != nil) != (value.objectValue != nil) { finding("parseObject and parse disagree about an object") }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    expectKeyInvalidOrSuccess { () throws(JWTError) in _ = try JWTKey(jwk: text) }
    expectKeyInvalidOrSuccess { () throws(JWTError) in _ = try JWTKeySet(jwks: text) }
    return 0
}

/// Runs a key reader: it may succeed, or refuse the data with `key_invalid`, and nothing else.
func expectKeyInvalidOrSuccess(_ read: () throws(JWTError) -> Void) {
    do {
        try read()
    } catch .keyInvalid {
        // Bad key data is refused as such.
    } catch {
        finding("a JWK reader failed with \(error.code), not key_invalid")
    }
}
