// Exercise 1.1: base64url without padding, checked against the RFC 4648 and RFC 7515 examples.
import Exercises01
import JWTCore
import Testing

@Suite("Exercise 1.1: Base64url without padding", .exercise("1.1") { _ = try base64URLEncode(Array("hi?".utf8)) })
struct Exercise1_1Tests {
    @Test(
        "The RFC 4648 test vectors encode without padding",
        arguments: [
            ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ])
    func rfc4648TestVectors(text: String, expected: String) throws {
        let encoded = try attempt("1.1") { try base64URLEncode(Array(text.utf8)) }
        #expect(encoded == expected, Hint.next(for: "1.1"))
    }

    @Test(
        "Bytes that base64 writes as + and / come out as - and _",
        arguments: [
            // The RFC 4648 §9 examples, which base64 writes as "FPucA9l+", "FPucA9k=" and "FPucAw==".
            ([0x14, 0xFB, 0x9C, 0x03, 0xD9, 0x7E], "FPucA9l-"),
            ([0x14, 0xFB, 0x9C, 0x03, 0xD9], "FPucA9k"),
            ([0x14, 0xFB, 0x9C, 0x03], "FPucAw"),
            // Base64 writes these as "+/+/" and "aGk/".
            ([0xFB, 0xFF, 0xBF], "-_-_"),
            (Array("hi?".utf8), "aGk_"),
        ] as [([UInt8], String)])
    func urlSafeAlphabet(bytes: [UInt8], expected: String) throws {
        let encoded = try attempt("1.1") { try base64URLEncode(bytes) }
        #expect(encoded == expected, Hint.next(for: "1.1"))
    }

    @Test("The RFC 7515 example header encodes to its published segment")
    func rfc7515Header() throws {
        let encoded = try attempt("1.1") { try base64URLEncode(Array("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}".utf8)) }
        #expect(encoded == RFC7515Example.header, Hint.next(for: "1.1"))
    }

    @Test("The RFC 7515 example signature encodes to its published segment")
    func rfc7515Signature() throws {
        let encoded = try attempt("1.1") { try base64URLEncode(RFC7515Example.signatureBytes) }
        #expect(encoded == RFC7515Example.signature, Hint.next(for: "1.1"))
    }

    @Test("Every prefix of the 256 byte values decodes back through JWTCore's strict decoder")
    func roundTripsThroughStrictDecoder() throws {
        // The strict decoder refuses padding, "+", "/", a wrong length and stray low bits,
        // so a round trip checks the whole encoding, not just its alphabet.
        let allBytes = (0...255).map { UInt8($0) }
        let firstFailingLength = try (0...allBytes.count).first { length in
            let bytes = Array(allBytes.prefix(length))
            return Base64URL.decode(try base64URLEncode(bytes)) != bytes
        }
        #expect(firstFailingLength == nil, Hint.next(for: "1.1"))
    }
}
