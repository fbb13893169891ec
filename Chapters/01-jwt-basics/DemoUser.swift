// The workbook's demo users, the same in every chapter.

/// A user of the workbook's demo service.
struct DemoUser: Sendable, Equatable {
    /// The user's number; tokens carry it in the `sub` claim, written as a string.
    let id: Int
    /// The name the user signs in with.
    let username: String

    /// The regular user the article signs in.
    static let johnDoe = DemoUser(id: 1, username: "john_doe")

    /// The administrator, the account an attacker would most like to become.
    static let janeAdmin = DemoUser(id: 2, username: "jane_admin")
}
