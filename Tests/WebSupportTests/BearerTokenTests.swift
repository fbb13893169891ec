// Reading bearer tokens from the Authorization header (RFC 6750 §2.1).
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
        ] as [(String?, WebError)])
    func unusableHeaderFails(header: String?, expected: WebError) {
        #expect(throws: expected) { try BearerToken.parse(authorization: header) }
    }

    @Test("An absurdly long token is refused before any JWT parsing")
    func absurdlyLongTokenIsRefused() {
        let header = "Bearer " + String(repeating: "a", count: AccessTokenService.maxTokenBytes + 1)
        #expect(throws: WebError.unreadableToken) { try BearerToken.parse(authorization: header) }
    }
}
