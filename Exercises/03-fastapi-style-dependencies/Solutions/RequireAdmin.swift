// Exercise 3.3: the admin dependency, FastAPI's require_admin built on the current user.
import ExerciseSupport
import WebSupport

/// Returns `currentUser` when they are an admin, and throws `WebError.notEnoughPermissions`
/// otherwise.
///
/// ```swift
/// try requireAdmin(DemoUser.jane.user) // Returns jane_admin.
/// ```
public func requireAdmin(_ currentUser: User) throws -> User {
    // The role was loaded from the database with the user, so it is current.
    guard currentUser.role == .admin else { throw WebError.notEnoughPermissions }
    return currentUser
}
