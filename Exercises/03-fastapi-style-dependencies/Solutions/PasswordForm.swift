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
    // Name every missing field at once; an empty one counts as missing, as in FastAPI.
    let missing = ["username", "password"].filter { (form[$0] ?? "").isEmpty }
    guard missing.isEmpty, let username = form["username"], let password = form["password"] else {
        throw WebError.missingFields(missing)
    }
    // grant_type may be left out, but when it is given it must name the password grant.
    if let grantType = form["grant_type"], !grantType.isEmpty, grantType != "password" {
        throw WebError.invalidField("grant_type", reason: "must be 'password'")
    }
    return (username, password)
}
