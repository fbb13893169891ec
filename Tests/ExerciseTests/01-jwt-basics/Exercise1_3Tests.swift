// Exercise 1.3: verifying HS256 by hand, on the RFC 7515 A.1 token and tampered copies of it.
import ExerciseSupport
import Exercises01
import JWTCore
import Testing

@Suite(
    "Exercise 1.3: Verify an HS256 signature by hand",
    .exercise("1.3") {
        // Writing either function counts as an attempt; the tests then show what is left.
        do {
            _ = try constantTimeEquals([1, 2], [1, 2])
        } catch is ExerciseUnsolved {
            _ = try verifyHS256(RFC7515Example.token, secret: RFC7515Example.key)
        }
    })
struct Exercise1_3Tests {
    @Test(
        "Equal byte strings are equal and any difference is found",
        arguments: [
            ([], [], true),
            ([1, 2, 3], [1, 2, 3], true),
            ([0, 0, 0, 0], [0, 0, 0, 0], true),
            ([9, 2, 3], [1, 2, 3], false),  // The first byte differs.
            ([1, 2, 3], [1, 2, 9], false),  // The last byte differs.
            ([0xFF], [0x7F], false),  // One bit differs.
            ([1, 2, 3], [1, 2], false),  // A prefix is not equal.
            ([1, 2], [1, 2, 3], false),
            ([], [0], false),
        ] as [([UInt8], [UInt8], Bool)])
    func constantTimeComparison(left: [UInt8], right: [UInt8], expected: Bool) throws {
        let equal = try attempt("1.3") { try constantTimeEquals(left, right) }
        #expect(equal == expected, Hint.next(for: "1.3"))
    }

    @Test("The RFC 7515 A.1 token verifies with its key")
    func rfc7515TokenVerifies() throws {
        let verified = try attempt("1.3") { try verifyHS256(RFC7515Example.token, secret: RFC7515Example.key) }
        #expect(verified, Hint.next(for: "1.3"))
    }

    @Test("A payload changed after signing fails verification")
    func changedPayloadFails() throws {
        // The RFC's payload with "iss" changed from "joe" to "eve", under the original signature.
        let changedPayload = Base64URL.encode(
            Array("{\"iss\":\"eve\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}".utf8))
        let forged = "\(RFC7515Example.header).\(changedPayload).\(RFC7515Example.signature)"
        let verified = try attempt("1.3") { try verifyHS256(forged, secret: RFC7515Example.key) }
        #expect(!verified, Hint.next(for: "1.3"))
    }

    @Test("A signature with one character changed fails verification")
    func changedSignatureFails() throws {
        // Change an early character: the last one has unused bits and may decode to the same bytes.
        let changedSignature = "e" + RFC7515Example.signature.dropFirst()
        let forged = "\(RFC7515Example.header).\(RFC7515Example.payload).\(changedSignature)"
        let verified = try attempt("1.3") { try verifyHS256(forged, secret: RFC7515Example.key) }
        #expect(!verified, Hint.next(for: "1.3"))
    }

    @Test("A signature cut short fails verification, even though it matches as far as it goes")
    func truncatedSignatureFails() throws {
        // The first 20 characters of the signature decode to its first 15 bytes.
        let truncated = "\(RFC7515Example.header).\(RFC7515Example.payload).\(RFC7515Example.signature.prefix(20))"
        let verified = try attempt("1.3") { try verifyHS256(truncated, secret: RFC7515Example.key) }
        #expect(!verified, Hint.next(for: "1.3"))
    }

    @Test("An unsigned token with an empty signature fails verification")
    func emptySignatureFails() throws {
        // The header is {"alg":"none"}: the classic forgery that carries no signature at all.
        let unsigned = "eyJhbGciOiJub25lIn0.\(RFC7515Example.payload)."
        let verified = try attempt("1.3") { try verifyHS256(unsigned, secret: RFC7515Example.key) }
        #expect(!verified, Hint.next(for: "1.3"))
    }

    @Test("The right token with a different secret fails verification")
    func differentSecretFails() throws {
        let otherSecret = Array("a different secret, also at least 32 bytes long".utf8)
        let verified = try attempt("1.3") { try verifyHS256(RFC7515Example.token, secret: otherSecret) }
        #expect(!verified, Hint.next(for: "1.3"))
    }

    @Test("A signature that is not base64url is never accepted")
    func signatureThatIsNotBase64URL() {
        let token = "\(RFC7515Example.header).\(RFC7515Example.payload).dBjftJeZ4CVP+mB92K27uhbUJU1p1r/wW1gFWFOEjXk="
        // Returning false is right; so is throwing JWTError.malformed. Returning true is not.
        let verified = try? verifyHS256(token, secret: RFC7515Example.key)
        #expect(verified != true, Hint.next(for: "1.3"))
    }

    @Test(
        "A token that is not exactly three segments is malformed",
        arguments: [
            "",
            "\(RFC7515Example.header).\(RFC7515Example.payload)",
            "\(RFC7515Example.token).\(RFC7515Example.signature)",
        ])
    func wrongSegmentCount(token: String) {
        let code = thrownCode { try verifyHS256(token, secret: RFC7515Example.key) }
        #expect(code == "malformed", Hint.next(for: "1.3"))
    }
}
