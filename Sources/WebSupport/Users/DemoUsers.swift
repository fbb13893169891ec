// The two demo users every chapter shares.

/// A user to seed into a new database, with the password in plain text so a
/// learner can log in; only its bcrypt hash is ever stored.
public struct DemoUser: Sendable {
    public let user: User
    public let password: String

    /// `john_doe`, id 1, an ordinary user.
    public static let john = DemoUser(
        user: User(id: 1, username: "john_doe", role: .user),
        password: "correct-horse-battery-staple"
    )

    /// `jane_admin`, id 2, an administrator.
    public static let jane = DemoUser(
        user: User(id: 2, username: "jane_admin", role: .admin),
        password: "tr0ub4dor&3-admin"
    )

    /// Every demo user, in id order.
    public static let all: [DemoUser] = [john, jane]
}
