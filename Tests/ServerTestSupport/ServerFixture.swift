// The fixed key, clock and demo users that the server chapters' tests build their services from.
import Foundation
import JWTCore
import WebSupport

/// A chapter's test fixture: fast bcrypt, a fixed key and a fixed clock.
///
/// A chapter's tests name only their audience, the chapter's product name;
/// the rest is the same for every chapter:
///
/// ```swift
/// enum Fixture: ServerFixture {
///     static let audience = "flask-style-login"
/// }
/// let token = try Fixture.token(for: DemoUser.jane.user)
/// ```
public protocol ServerFixture {
    /// The audience (`aud`) of the chapter's tokens: its product name.
    static var audience: String { get }
}

extension ServerFixture {
    /// The server's "now", so token times are predictable.
    public static var now: Date { Date(timeIntervalSince1970: 1_800_000_000) }

    /// The server's signing key, different for each chapter.
    public static func key() throws -> JWTKey { try JWTKey.hmac("\(audience) tests: a secret of more than 32 bytes") }

    /// The services the application is built with: an in-memory database of the demo users.
    public static func services() async throws -> AuthServices {
        try await AuthServices.make(
            databasePath: nil, key: key(), audience: audience, accessTTL: 900,
            bcryptCost: PasswordHasher.testingCost, now: { now })
    }

    /// A token for `user`, issued at `issuedAt` by a token service like the server's, for
    /// `audience` (the chapter's by default) and signed with `key` (the server's by default).
    public static func token(
        for user: User = DemoUser.john.user, issuedAt: Date? = nil, audience: String? = nil, key: JWTKey? = nil
    ) throws -> String {
        let service = try AccessTokenService(
            key: key ?? self.key(), audience: audience ?? self.audience, lifetime: 900, now: { now })
        return try service.issue(for: user, issuedAt: issuedAt ?? now)
    }
}

extension ServerSettings {
    /// Settings for a server under test that logs nothing but critical lines. An exercise's
    /// probe makes the chapter answer 500 to the stub's `ExerciseUnsolved`, and its error
    /// line would only alarm a learner reading `swift test`'s output.
    public static var silent: ServerSettings { ServerSettings(label: "tests", logLevel: .critical) }
}
