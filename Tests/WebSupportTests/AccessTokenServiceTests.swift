// Issuing and verifying access tokens.
import Foundation
import JWTCore
import Testing

@testable import WebSupport

@Suite("Access token service")
struct AccessTokenServiceTests {
    @Test("An issued token carries sub, username, iss, aud, iat and exp")
    func issuedTokenCarriesClaims() throws {
        let tokens = try Fixture.tokens()
        let token = try tokens.issue(for: DemoUser.john.user)
        let claims = try UnverifiedToken(insecurelyParsing: token).claims
        #expect(claims["sub"] == "1")
        #expect(claims["username"] == "john_doe")
        #expect(claims["iss"] == "jwt-auth-workbook")
        #expect(claims["aud"] == "tests")
        #expect(claims["iat"] == .integer(1_800_000_000))
        #expect(claims["exp"] == .integer(1_800_000_900))
        #expect(claims["type"] == nil)
    }

    @Test("A token verifies and gives back the user id")
    func tokenVerifies() throws {
        let tokens = try Fixture.tokens()
        let claims = try tokens.verify(try tokens.issue(for: DemoUser.jane.user))
        #expect(claims.userID == 2)
        #expect(claims.username == "jane_admin")
    }

    @Test("A token past its exp is rejected as expired (RFC 7519 §4.1.4)")
    func expiredTokenIsRejected() throws {
        let token = try Fixture.tokens(at: Fixture.now - 901).issue(for: DemoUser.john.user)
        #expect(throws: WebError.tokenRejected(.expired)) { try Fixture.tokens().verify(token) }
    }

    @Test("A token for another audience is rejected (RFC 7519 §4.1.3)")
    func otherAudienceIsRejected() throws {
        let token = try Fixture.tokens(audience: "another-api").issue(for: DemoUser.john.user)
        let tokens = try Fixture.tokens()
        do {
            _ = try tokens.verify(token)
            Issue.record("the token was accepted")
        } catch {
            #expect(error.code == "token_rejected")
            guard case .tokenRejected(let jwtError) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(jwtError.code == "invalid_audience")
        }
    }

    @Test("A token signed with another key is rejected")
    func otherKeyIsRejected() throws {
        let forger = try AccessTokenService(
            key: JWTKey.generateSecret(), audience: "tests", lifetime: 900, now: { Fixture.now })
        let token = try forger.issue(for: DemoUser.john.user)
        #expect(throws: WebError.tokenRejected(.badSignature)) { try Fixture.tokens().verify(token) }
    }

    @Test(
        "A correctly signed token with a missing or odd claim is rejected",
        arguments: [
            (["username": "john_doe"], "missing_claim"),
            (["sub": "john", "username": "john_doe"], "invalid_claim"),
            (["sub": "1"], "missing_claim"),
        ] as [([String: JSONValue], String)])
    func oddClaimsAreRejected(claims: [String: JSONValue], code: String) throws {
        var full: [String: JSONValue] = [
            "iss": "jwt-auth-workbook", "aud": "tests", "iat": 1_800_000_000, "exp": 1_800_000_900,
        ]
        full.merge(claims) { _, new in new }
        let token = try JWTSigner(key: Fixture.key(), algorithm: .hs256).sign(full)
        let tokens = try Fixture.tokens()
        do {
            _ = try tokens.verify(token)
            Issue.record("the token was accepted")
        } catch {
            guard case .tokenRejected(let jwtError) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(jwtError.code == code)
        }
    }

    @Test("A typed service writes its type in the claims and the header, and verifies its own tokens")
    func typedTokenRoundTrip() throws {
        let tokens = try Fixture.tokens(tokenType: .access)
        let token = try tokens.issue(for: DemoUser.john.user)
        let parsed = try UnverifiedToken(insecurelyParsing: token)
        #expect(parsed.claims["type"] == "access")
        #expect(parsed.header.type == "at+jwt")
        let claims = try tokens.verify(token)
        #expect(claims.type == "access")
        #expect(claims.userID == 1)
    }

    @Test("A typed service refuses an untyped token with the same key and audience")
    func typedServiceRefusesUntypedToken() throws {
        let token = try Fixture.tokens().issue(for: DemoUser.john.user)
        #expect(throws: WebError.tokenRejected(.invalidClaim("the header's typ must be 'at+jwt'"))) {
            try Fixture.tokens(tokenType: .access).verify(token)
        }
    }

    @Test(
        "A typed service refuses a token whose claim or header names no type or another one",
        arguments: [
            ([:], ["typ": "at+jwt"], JWTError.missingClaim("type")),
            (["type": "refresh"], ["typ": "at+jwt"], JWTError.invalidClaim(#"type must be "access""#)),
            (["type": "access"], ["typ": "JWT"], JWTError.invalidClaim("the header's typ must be 'at+jwt'")),
            (["type": "access"], ["typ": "refresh+jwt"], JWTError.invalidClaim("the header's typ must be 'at+jwt'")),
        ] as [([String: JSONValue], [String: JSONValue], JWTError)])
    func typedServiceRefusesOtherTypes(extra: [String: JSONValue], header: [String: JSONValue], expected: JWTError) throws {
        var claims: [String: JSONValue] = [
            "sub": "1", "username": "john_doe", "iss": "jwt-auth-workbook", "aud": "tests",
            "iat": 1_800_000_000, "exp": 1_800_000_900,
        ]
        claims.merge(extra) { _, new in new }
        let token = try JWTSigner(key: Fixture.key(), algorithm: .hs256).sign(claims, headerFields: header)
        #expect(throws: WebError.tokenRejected(expected)) { try Fixture.tokens(tokenType: .access).verify(token) }
    }

    @Test("The rule is strict both ways: an untyped service refuses a typed token with the same key and audience")
    func untypedServiceRefusesTypedToken() throws {
        let token = try Fixture.tokens(tokenType: .access).issue(for: DemoUser.john.user)
        #expect(throws: WebError.tokenRejected(.invalidClaim("an untyped service accepts no type claim"))) {
            try Fixture.tokens().verify(token)
        }
    }

    @Test("A lifetime of zero is a configuration error")
    func zeroLifetimeIsRefused() {
        #expect(throws: WebError.self) { try Fixture.tokens(lifetime: 0) }
    }
}
