// A user as the chapters see it: never with a password hash.

/// A user of the demo API: an id, a username and a role.
///
/// It deliberately has no password hash, so encoding a `User` into a
/// response can never leak one. The hash lives only in ``UserStore``.
///
/// ```swift
/// let user = User(id: 1, username: "john_doe", role: .user)
/// ```
public struct User: Sendable, Hashable, Codable {
    /// The user's id; access tokens carry it as a string in `sub`.
    public let id: Int64
    public let username: String
    public let role: Role

    public init(id: Int64, username: String, role: Role) {
        self.id = id
        self.username = username
        self.role = role
    }
}

/// What a user may do: every user can read their profile; an admin can
/// also list all users.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    case user
    case admin
}
