// Shared values for WebSupport's tests: a fixed key and a fixed clock.
import Foundation
import JWTCore

@testable import WebSupport

enum Fixture {
    /// A fixed "now", so token times are predictable.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let secret = "web-support-tests-secret-of-more-than-32-bytes"

    static func key() throws -> JWTKey { try JWTKey.hmac(secret) }

    static func tokens(
        audience: String = "tests", lifetime: Int = 900, tokenType: AccessTokenService.TokenType? = nil, at now: Date = Fixture.now
    ) throws -> AccessTokenService {
        try AccessTokenService(key: key(), audience: audience, lifetime: lifetime, tokenType: tokenType, now: { now })
    }

    static func services() async throws -> AuthServices {
        try await AuthServices.make(
            databasePath: nil, key: key(), audience: "tests", accessTTL: 900,
            bcryptCost: PasswordHasher.testingCost, now: { now })
    }
}
