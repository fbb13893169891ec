// Issuing and verifying access tokens.
import Foundation
import JWTCore
import Synchronization
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

@Suite("Access token service: verified tokens are remembered")
struct VerifiedTokenCacheTests {
    /// A clock the test moves.
    final class MovingClock: Sendable {
        let time = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
        func advance(by seconds: TimeInterval) { time.withLock { $0 += seconds } }
    }

    static func service(_ clock: MovingClock) throws -> AccessTokenService {
        try AccessTokenService(
            key: JWTKey.hmac("verified-token-cache-tests: a secret of 32+ bytes"), audience: "tests", lifetime: 60,
            now: { clock.time.withLock { $0 } })
    }

    @Test("A remembered token is refused as expired from the second its exp passes, as a first check would refuse it")
    func rememberedTokenStillExpires() throws {
        let clock = MovingClock()
        let service = try Self.service(clock)
        let token = try service.issue(for: DemoUser.john.user)
        #expect(try service.verify(token).username == "john_doe")
        clock.advance(by: 59)
        #expect(try service.verify(token).username == "john_doe")
        clock.advance(by: 1)
        #expect(throws: WebError.tokenRejected(.expired)) { try service.verify(token) }
        // A service that never saw the token gives the same answer at the same time.
        #expect(throws: WebError.tokenRejected(.expired)) { try Self.service(clock).verify(token) }
    }

    @Test("A token one character away from a remembered one is checked from scratch and refused")
    func nearbyTokenIsChecked() throws {
        let service = try Self.service(MovingClock())
        let token = try service.issue(for: DemoUser.john.user)
        _ = try service.verify(token)
        let lastIndex = token.index(before: token.endIndex)
        let flipped = token[..<lastIndex] + (token.last == "A" ? "Q" : "A")
        #expect(throws: WebError.self) { try service.verify(String(flipped)) }
    }

    @Test("A refused token is not remembered: it is refused again, for the same reason")
    func refusalsAreNotRemembered() throws {
        let clock = MovingClock()
        let other = try AccessTokenService(
            key: JWTKey.hmac("another key of more than thirty-two bytes!!"), audience: "tests", lifetime: 60,
            now: { clock.time.withLock { $0 } })
        let service = try Self.service(clock)
        let forged = try other.issue(for: DemoUser.jane.user)
        for _ in 0..<2 {
            #expect(throws: WebError.tokenRejected(.badSignature)) { try service.verify(forged) }
        }
    }

    @Test("The cache holds at most its capacity and starts over when full")
    func cacheIsBounded() throws {
        let cache = VerifiedTokenCache(capacity: 3)
        let claims = AccessTokenClaims(
            user: DemoUser.john.user, issuer: "i", audience: "a", issuedAt: Date(), expiresAt: Date().addingTimeInterval(60))
        for token in ["a", "b", "c"] { cache.remember(token, as: claims) }
        #expect(cache.claims(of: "a") != nil)
        cache.remember("d", as: claims)
        #expect(cache.claims(of: "a") == nil)
        #expect(cache.claims(of: "d") != nil)
    }
}
