// Exercise 1.2: splitting a token and decoding its header, including the ways it can be malformed.
import Exercises01
import JWTCore
import Testing

@Suite("Exercise 1.2: Split a token and decode its header", .exercise("1.2") { _ = try decodeHeader(of: RFC7515Example.token) })
struct Exercise1_2Tests {
    @Test("The RFC 7515 example's header decodes to its typ and alg")
    func rfc7515Header() throws {
        let header = try attempt("1.2") { try decodeHeader(of: RFC7515Example.token) }
        #expect(header == ["typ": "JWT", "alg": "HS256"], Hint.next(for: "1.2"))
    }

    @Test("Every member of the header is kept")
    func everyMemberIsKept() throws {
        // The header is {"alg":"HS256","kid":"2024-05"}.
        let header = try attempt("1.2") { try decodeHeader(of: "eyJhbGciOiJIUzI1NiIsImtpZCI6IjIwMjQtMDUifQ.e30.c2ln") }
        #expect(header == ["alg": "HS256", "kid": "2024-05"], Hint.next(for: "1.2"))
    }

    @Test("Reading the header checks neither the payload nor the signature")
    func headerIsReadWithoutVerifying() throws {
        // Anyone can read a header: the payload and signature here are not even base64url.
        let header = try attempt("1.2") { try decodeHeader(of: "eyJhbGciOiJub25lIn0.not base64!.") }
        #expect(header == ["alg": "none"], Hint.next(for: "1.2"))
    }

    @Test(
        "A token that is not exactly three segments is malformed",
        arguments: [
            "",
            "eyJhbGciOiJIUzI1NiJ9",
            "eyJhbGciOiJIUzI1NiJ9.e30",
            "eyJhbGciOiJIUzI1NiJ9.e30.c2ln.c2ln",
            "eyJhbGciOiJIUzI1NiJ9.e30.c2ln.",
            "eyJhbGciOiJIUzI1NiJ9...",
        ])
    func wrongSegmentCount(token: String) {
        let code = thrownCode { try decodeHeader(of: token) }
        #expect(code == "malformed", Hint.next(for: "1.2"))
    }

    @Test(
        "A header that is not base64url of one JSON object is malformed",
        arguments: [
            ".e30.c2ln",  // An empty header.
            "eyJhbGciOiJub25lIn0=.e30.c2ln",  // Padding, which base64url in a JWT never has.
            "eyJhbGciOiJIUzI1NiJ9 .e30.c2ln",  // A trailing space.
            "eyJ+bGciOiJIUzI1NiJ9.e30.c2ln",  // A base64 character that base64url does not use.
            "WzEsMl0.e30.c2ln",  // [1,2]: JSON, but an array.
            "IkhTMjU2Ig.e30.c2ln",  // "HS256": JSON, but a string.
            "bm90IGpzb24.e30.c2ln",  // The text "not json".
            "eyJhbGciOiJIUzI1NiIsImFsZyI6Im5vbmUifQ.e30.c2ln",  // {"alg":"HS256","alg":"none"}: a duplicate member.
        ])
    func headerIsNotAJSONObject(token: String) {
        let code = thrownCode { try decodeHeader(of: token) }
        #expect(code == "malformed", Hint.next(for: "1.2"))
    }
}
