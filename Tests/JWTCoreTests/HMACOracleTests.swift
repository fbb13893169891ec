// Checks the tests' own HMAC-SHA256 (TestHMAC.swift), which crafts tokens JWTCore's signer cannot.
import JWTCore
import Testing

@Suite("The tests' independent HMAC-SHA256")
struct HMACOracleTests {
    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    }

    @Test("SHA-256 of \"abc\" is the FIPS 180-4 example digest")
    func sha256MatchesFIPSExample() {
        let digest = Self.hex(TestHMAC.sha256(Array("abc".utf8)))
        #expect(digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test(
        "HMAC-SHA256 matches RFC 4231 test cases 2 and 6",
        arguments: [
            (
                Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
            ),
            (
                [UInt8](repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
            ),
        ])
    func hmacMatchesRFC4231(key: [UInt8], message: [UInt8], expected: String) {
        let mac = Self.hex(TestHMAC.sha256(key: key, message: message))
        #expect(mac == expected)
    }

    @Test("A token signed with the test HMAC verifies with JWTCore")
    func craftedTokenVerifies() throws {
        let token = Craft.hs256(payload: #"{"sub":"1"}"#)
        let verified = try TestKeys.hs256Verifier().verify(token)
        #expect(verified.claims == ["sub": "1"])
    }
}
