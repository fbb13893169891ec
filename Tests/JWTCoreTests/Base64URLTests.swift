// Base64url without padding (RFC 4648 §5): canonical encoding and strict decoding.
import Foundation
import JWTCore
import Testing

@Suite("Base64URL")
struct Base64URLTests {
    @Test("Random bytes of every length from 0 to 20 round-trip and match Foundation's encoding", arguments: 0...20)
    func randomBytesRoundTrip(length: Int) throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let bytes = (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let encoded = Base64URL.encode(bytes)
            #expect(encoded == Craft.base64url(bytes))
            #expect(encoded.count == (length * 4 + 2) / 3)
            let decoded = Base64URL.decode(encoded)
            #expect(decoded == bytes)
        }
    }

    @Test(
        "The RFC 4648 §10 examples encode without padding",
        arguments: [
            ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy"),
        ])
    func rfc4648Examples(plain: String, encoded: String) {
        #expect(Base64URL.encode(Array(plain.utf8)) == encoded)
        #expect(Base64URL.decode(encoded) == Array(plain.utf8))
    }

    @Test("The URL-safe alphabet uses - and _ where standard base64 uses + and /")
    func urlSafeAlphabet() {
        #expect(Base64URL.encode([0xFB, 0xFF]) == "-_8")
        #expect(Base64URL.encode("hi?".utf8) == "aGk_")
        #expect(Base64URL.decode("-_8") == [0xFB, 0xFF])
        #expect(Base64URL.decode("+/8") == nil)
    }

    @Test("Every byte value round-trips")
    func everyByteRoundTrips() {
        let bytes = (0...255).map { UInt8($0) }
        #expect(Base64URL.decode(Base64URL.encode(bytes)) == bytes)
    }

    @Test(
        "Non-canonical text is refused",
        arguments: [
            "Zg==", "Zg=", "Zm8=", "=", "Zm9v=",  // padding
            "Zm9v YmFy", " Zm9v", "Zm9v\n", "Zm9v\t", "Zm\r\n9v",  // whitespace
            "+/8A", "Zm/v", "Zm+v",  // standard alphabet
            "Z", "Zm9vY", "Zm9vYmFyZ",  // length 1 modulo 4
            "Zh", "Zm9", "Zm9vYh", "Zm9vYmF",  // non-zero unused bits
            "Zm9v!", "Zm.v", "Zé9v", "Zm9v\u{0}", "Ｚｍ９ｖ",  // not in the alphabet
        ])
    func nonCanonicalTextIsRefused(text: String) {
        #expect(Base64URL.decode(text) == nil)
    }

    @Test("Each last character with unused bits set is refused, and only the canonical one accepted")
    func onlyCanonicalLastCharacters() {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        // One trailing byte: 2 characters, the second keeps 2 bits, so 4 of 64 endings are canonical.
        let oneByte = alphabet.filter { Base64URL.decode("Z" + String($0)) != nil }
        #expect(oneByte == ["A", "Q", "g", "w"])
        // Two trailing bytes: 3 characters, the third keeps 4 bits, so 16 of 64 endings are canonical.
        let twoBytes = alphabet.filter { Base64URL.decode("Zm" + String($0)) != nil }
        #expect(twoBytes.count == 16)
        #expect(twoBytes.allSatisfy { (alphabet.firstIndex(of: $0) ?? 1) % 4 == 0 })
    }

    @Test("The empty string decodes to no bytes")
    func emptyDecodesToEmpty() {
        #expect(Base64URL.decode("") == [])
        #expect(Base64URL.encode([UInt8]()) == "")
    }
}
