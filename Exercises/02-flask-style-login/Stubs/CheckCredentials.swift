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
    // TODO: Check a login without telling anyone which usernames exist. Look the user up with
    // `findUser(username)`. When they exist, check the password against their hash with
    // `verify(password, hash)`: return the user when it matches, and throw
    // `WebError.invalidCredentials` when it does not. When they do not exist, do not give up
    // early: check the password against `dummyHash` all the same, ignore the result, and throw
    // the same `WebError.invalidCredentials`. A bcrypt check takes a fifth of a second on
    // purpose, so a login that skips it for an unknown user answers measurably sooner, and an
    // attacker who times the answers learns which usernames are real. The answer is the same
    // either way: the chapter turns `invalidCredentials` into 401 "Invalid username or password".
    throw ExerciseUnsolved("2.4")
}
