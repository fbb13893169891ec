// Exercise 3.1: read the OAuth2 password form, as FastAPI's OAuth2PasswordRequestForm does.
import ExerciseSupport
import WebSupport

/// Returns the username and password of an OAuth2 password-grant login form (RFC 6749 §4.3.2).
///
/// ```swift
/// let form = try FormFields(parsing: Array("grant_type=password&username=john_doe&password=secret".utf8))
/// try readPasswordForm(form) // Returns (username: "john_doe", password: "secret").
/// ```
public func readPasswordForm(_ form: FormFields) throws -> (username: String, password: String) {
    // TODO: Read a login form as FastAPI's OAuth2PasswordRequestForm does, for chapter 3's
    // POST /login. OAuth2's password grant sends `username` and `password`, both required, an
    // optional `grant_type`, and an optional `scope`, which this chapter ignores (RFC 6749
    // §4.3.2). `form["username"]` is a field's value, or nil when it is absent. As in FastAPI,
    // an empty field counts as missing: throw `WebError.missingFields` with the names of every
    // missing one, "username" before "password", so the client learns them all at once (the
    // chapter answers 422 with one entry per name). When both are there, check `grant_type`: it
    // may be absent or empty, but any value other than "password" is refused with
    // `WebError.invalidField("grant_type", reason: "must be 'password'")`. Then return the two.
    throw ExerciseUnsolved("3.1")
}
