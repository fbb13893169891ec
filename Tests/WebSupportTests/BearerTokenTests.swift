// Reading bearer tokens from the Authorization header (RFC 6750 §2.1).
import HTTPTypes
import Testing

@testable import WebSupport

@Suite("Bearer token extraction")
struct BearerTokenTests {
    @Test(
        "A Bearer header yields its token, whatever the scheme's case",
        arguments: [
            ("Bearer abc.def.ghi", "abc.def.ghi"),
            ("bearer abc.def.ghi", "abc.def.ghi"),
            ("BEARER   abc.def.ghi", "abc.def.ghi"),
            ("Bearer a-b_c~d+e/f==", "a-b_c~d+e/f=="),
        ])
    func bearerHeaderYieldsToken(header: String, expected: String) throws {
        let token = try BearerToken.parse(authorization: header)
        #expect(token == expected)
    }

    @Test(
        "A header without a usable token fails with the matching error",
        arguments: [
            (nil, WebError.missingToken),
            ("Basic am9objpkb2U=", .unsupportedScheme),
            ("Token abc", .unsupportedScheme),
            ("Bearerabc", .unsupportedScheme),
            ("eyJhbGciOiJIUzI1NiJ9.e30.sig", .unsupportedScheme),
            ("", .unsupportedScheme),
            ("Bearer", .emptyToken),
            ("Bearer    ", .emptyToken),
            ("Bearer abc def", .unreadableToken),
            ("Bearer ==", .unreadableToken),
            ("Bearer é.e30.sig", .unreadableToken),
            ("Bearer abc,def", .unreadableToken),
            ("Bearer abc=def", .unreadableToken),
            ("Bearer abc\tdef", .unreadableToken),
            ("Bearer\tabc", .unsupportedScheme),
            ("Bearez abc", .unsupportedScheme),
            ("Bearers abc", .unsupportedScheme),
            ("Béarer abc", .unsupportedScheme),
            // The scheme ends at the first space byte, even when a combining mark follows it.
            ("Bearer \u{301}x", .unreadableToken),
        ] as [(String?, WebError)])
    func unusableHeaderFails(header: String?, expected: WebError) {
        #expect(throws: expected) { try BearerToken.parse(authorization: header) }
    }

    @Test("An absurdly long token is refused before any JWT parsing")
    func absurdlyLongTokenIsRefused() {
        let header = "Bearer " + String(repeating: "a", count: AccessTokenService.maxTokenBytes + 1)
        #expect(throws: WebError.unreadableToken) { try BearerToken.parse(authorization: header) }
    }

    @Test("One Authorization field is read as it is; two are joined, as HTTPFields joins them, and refused")
    func authorizationFieldsAreReadLikeHTTPFields() throws {
        var one = HTTPFields()
        one[.authorization] = "Bearer abc.def.ghi"
        #expect(BearerToken.authorization(in: one) == one[.authorization])
        #expect(try BearerToken.extract(from: one) == "abc.def.ghi")

        var two = HTTPFields()
        two.append(HTTPField(name: .authorization, value: "Bearer abc.def.ghi"))
        two.append(HTTPField(name: .contentType, value: "text/plain"))
        two.append(HTTPField(name: .authorization, value: "Bearer jkl.mno.pqr"))
        #expect(BearerToken.authorization(in: two) == two[.authorization])
        #expect(throws: WebError.unreadableToken) { try BearerToken.extract(from: two) }

        #expect(BearerToken.authorization(in: HTTPFields()) == nil)
        #expect(throws: WebError.missingToken) { try BearerToken.extract(from: HTTPFields()) }
    }
}
