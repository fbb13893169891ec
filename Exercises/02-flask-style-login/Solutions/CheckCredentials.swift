// Exercise 2.4: check a login's username and password without revealing which usernames exist.
import ExerciseSupport
import WebSupport

/// A user as the credential check sees them: who they are and the bcrypt hash of their password.
public struct StoredCredentials: Sendable {
    public let user: User
    /// The bcrypt hash of the user's password, such as "$2b$12$...".
    public let passwordHash: String

    public init(user: User, passwordHash: String) {
        self.user = user
        self.passwordHash = passwordHash
    }
}

/// Returns the user when `password` is theirs, and throws `WebError.invalidCredentials`
/// otherwise, after the same password check whether or not the user exists.
///
/// ```swift
/// let user = try await checkCredentials(
///     username: "john_doe", password: "correct-horse-battery-staple", dummyHash: dummyHash,
///     findUser: { name in table[name] }, verify: { password, hash in await hasher.verify(password, against: hash) })
/// ```
public func checkCredentials(
    username: String, password: String, dummyHash: String,
    findUser: (_ username: String) async throws -> StoredCredentials?,
    verify: (_ password: String, _ hash: String) async -> Bool
) async throws -> User {
    guard let stored = try await findUser(username) else {
        // Do the same bcrypt work as for a real user, then fail the same way.
        _ = await verify(password, dummyHash)
        throw WebError.invalidCredentials
    }
    guard await verify(password, stored.passwordHash) else {
        throw WebError.invalidCredentials
    }
    return stored.user
}
