// An access token is never a refresh token, and a refresh token never an access token.
import Foundation
import JWTCore
import Testing
import WebSupport

@testable import Chapter05

@Suite("Chapter 5: token types")
struct TokenTypeTests {
    @Test("An access token sent to /refresh gets 401 Invalid refresh token, and spends nothing")
    func accessTokenIsNoRefreshToken() async throws {
        let (confused, afterwards) = try await withChapter5 { client in
            let login = try await client.login()
            let confused = try await client.refresh(login.accessToken)
            return (confused, try await client.refresh(login.refreshToken))
        }
        #expect(confused.status == .unauthorized)
        #expect(confused.body == Refusal.invalid)
        #expect(afterwards.status == .ok)
    }

    @Test("A refresh token sent as a bearer token gets 401 Invalid token")
    func refreshTokenIsNoAccessToken() async throws {
        let answer = try await withChapter5 { client in try await client.profile(try await client.login().refreshToken) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Invalid token"}"#)
    }

    @Test(
        "A JWT signed with the server's own key is refused unless it says it is an access token",
        arguments: [
            (["type": "refresh"], ["typ": "at+jwt"]),
            ([:], ["typ": "at+jwt"]),
            (["type": "access"], ["typ": "JWT"]),
        ] as [([String: JSONValue], [String: JSONValue])])
    func signedTokenOfAnotherTypeIsRefused(claims extra: [String: JSONValue], header: [String: JSONValue]) async throws {
        var claims: [String: JSONValue] = [
            "sub": "1", "username": "john_doe", "iss": "jwt-auth-workbook", "aud": "refresh-tokens",
            "iat": .integer(1_800_000_000), "exp": .integer(1_800_000_900),
        ]
        claims.merge(extra) { _, new in new }
        let token = try JWTSigner(key: Fixture.key(), algorithm: .hs256).sign(claims, headerFields: header)
        let answer = try await withChapter5 { try await $0.profile(token) }
        #expect(answer.body == #"{"error":"Invalid token"}"#)
    }

    @Test("The verifier itself names the type claim when it refuses a token of another type")
    func verifierRefusesAnotherType() async throws {
        let claims: [String: JSONValue] = [
            "sub": "1", "username": "john_doe", "iss": "jwt-auth-workbook", "aud": "refresh-tokens",
            "iat": .integer(1_800_000_000), "exp": .integer(1_800_000_900), "type": "refresh",
        ]
        let token = try JWTSigner(key: Fixture.key(), algorithm: .hs256).sign(claims, headerFields: ["typ": "at+jwt"])
        let service = try await Fixture.services().accessTokens
        #expect(throws: WebError.tokenRejected(.invalidClaim(#"type must be "access""#))) { try service.verify(token) }
    }

    @Test("An untyped token of WebSupport's service, with the server's own key and audience, gets 401 Invalid token")
    func untypedTokenIsRefused() async throws {
        let untyped = try AccessTokenService(key: Fixture.key(), audience: "refresh-tokens", lifetime: 900, now: { Fixture.start })
        let token = try untyped.issue(for: DemoUser.john.user)
        let answer = try await withChapter5 { try await $0.profile(token) }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Invalid token"}"#)
    }

    @Test("The chapter's access tokens say they are access tokens, in the claims and in the header")
    func accessTokensAreTyped() async throws {
        let login = try await withChapter5 { try await $0.login() }
        let token = try UnverifiedToken(insecurelyParsing: login.accessToken)
        #expect(token.claims["type"] == "access")
        #expect(token.header.type == "at+jwt")
    }

    @Test("A refresh token is opaque: 46 characters, the rt_ prefix, 32 random bytes, no dots")
    func refreshTokenIsOpaque() throws {
        let token = try RefreshToken.generate()
        #expect(token.text.count == 46)
        #expect(token.text.hasPrefix("rt_"))
        #expect(!token.text.contains("."))
        #expect(Base64URL.decode(token.text.dropFirst(3))?.count == 32)
        #expect(RefreshToken(parsing: token.text) == token)
        #expect(try RefreshToken.generate() != token)
    }

    @Test("A refresh token never prints its text")
    func refreshTokenIsRedacted() throws {
        let token = try RefreshToken.generate()
        let printed = "\(token) \(String(reflecting: token))"
        #expect(!printed.contains(token.text))
        #expect(printed.contains("redacted"))
    }
}
