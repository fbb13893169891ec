// Checking a username and password without revealing which usernames exist.

/// Checks a username and password against the ``UserStore``.
///
/// An unknown username and a wrong password fail with the same error,
/// ``WebError/invalidCredentials``, after the same bcrypt work: for an
/// unknown user the password is checked against a dummy hash of the same
/// cost, so the response time does not reveal whether the user exists.
///
/// ```swift
/// let user = try await credentials.authenticate(username: "john_doe", password: "correct-horse-battery-staple")
/// print(user.id) // Prints "1".
/// ```
public struct CredentialVerifier: Sendable {
    private let store: UserStore
    private let hasher: any PasswordHashing
    /// A hash of a random password, made once at start-up with the same cost
    /// as the stored hashes, to check against when the user is unknown.
    private let dummyHash: String

    /// Creates a verifier, hashing one random dummy password (one bcrypt run).
    public init(store: UserStore, hasher: any PasswordHashing) async {
        self.store = store
        self.hasher = hasher
        let randomPassword = (0..<4).map { _ in String(UInt64.random(in: .min ... .max), radix: 36) }.joined()
        self.dummyHash = await hasher.hash(randomPassword)
    }

    /// Returns the user when the password is right, and throws
    /// ``WebError/invalidCredentials`` otherwise.
    public func authenticate(username: String, password: String) async throws -> User {
        guard let record = try await store.record(username: username), let user = record.user else {
            // Do the same bcrypt work as for a real user, then fail the same way.
            _ = await hasher.verify(password, against: dummyHash)
            throw WebError.invalidCredentials
        }
        guard await hasher.verify(password, against: record.passwordHash) else {
            throw WebError.invalidCredentials
        }
        return user
    }
}
