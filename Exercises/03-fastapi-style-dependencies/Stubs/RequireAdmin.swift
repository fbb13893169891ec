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
    // TODO: Decide whether the current user may use the admin routes, as FastAPI's
    // require_admin does on top of get_current_user. Chapter 3's AdminContext runs this after
    // the current user is known and before the admin handler runs, so `currentUser` always
    // comes from a valid token and the database. Return the user when their `role` is `.admin`.
    // Otherwise throw `WebError.notEnoughPermissions`, which the chapter answers with 403
    // {"detail": "Not enough permissions"}: a 403 and not a 401, because logging in again will
    // not help; the server knows who this is, and the answer is no.
    throw ExerciseUnsolved("3.3")
}
