// What chapter 3 shows: curl commands for the banner and the requests of --demo.
import Foundation
import JWTCore
import WebSupport

/// The curl commands the start-up banner prints, for a server at `baseURL`.
@Sendable func fastAPIStyleCurlExamples(baseURL: String) -> [CurlExample] {
    // --data-urlencode encodes the '&' in jane's password; a plain -d would split the field there.
    let loginJane =
        "curl -s -X POST \(baseURL)/login --data-urlencode username=jane_admin --data-urlencode 'password=tr0ub4dor&3-admin'"
    return [
        CurlExample(
            "Log in as jane_admin (a form, as OAuth2 asks) and keep the token in $TOKEN:",
            "TOKEN=$(\(loginJane) " + #"| sed -E 's/.*"access_token":"([^"]*)".*/\1/'); echo "$TOKEN""#),
        CurlExample("Who am I?", #"curl -i \#(baseURL)/users/me -H "Authorization: Bearer $TOKEN""#),
        CurlExample("List every user (admins only):", #"curl -i \#(baseURL)/admin/users -H "Authorization: Bearer $TOKEN""#),
        CurlExample("Ask without a token:", "curl -i \(baseURL)/users/me"),
        CurlExample("Log in without a password (422):", "curl -i -X POST \(baseURL)/login -d username=john_doe"),
        CurlExample("Read the OpenAPI document:", "curl -s \(baseURL)/openapi.json"),
    ]
}

/// The requests `--demo` sends, in order, with the status each should get.
func fastAPIStyleDemo(services: AuthServices) -> [DemoStep] {
    // A token for john_doe that expired an hour ago, signed with this run's real key.
    let lifetime = TimeInterval(services.tokens.lifetime)
    let expired = (try? services.tokens.issue(for: DemoUser.john.user, issuedAt: Date() - lifetime - 3600)) ?? ""
    let jane = "username=jane_admin&password=" + (DemoUser.jane.password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
    return [
        .post(
            "Log in as john_doe", "/login", form: "username=john_doe&password=correct-horse-battery-staple",
            expecting: 200, remembering: "access_token"),
        .get("Who am I?", "/users/me", headers: ["Authorization": "Bearer {{access_token}}"], expecting: 200),
        .get(
            "john_doe asks for the admin list", "/admin/users",
            headers: ["Authorization": "Bearer {{access_token}}"], expecting: 403),
        .post("Log in with a wrong password", "/login", form: "username=john_doe&password=guess", expecting: 401),
        .post("Log in without a password", "/login", form: "username=john_doe", expecting: 422),
        .post(
            "Log in with another grant type", "/login", form: "grant_type=client_credentials&username=a&password=b",
            expecting: 422),
        .get("Ask without a token", "/users/me", expecting: 401),
        .get("Ask with Basic credentials", "/users/me", headers: ["Authorization": "Basic am9objpkb2U="], expecting: 401),
        .get("Send a token that expired an hour ago", "/users/me", headers: ["Authorization": "Bearer \(expired)"], expecting: 401),
        .get("Send something that is not a JWT", "/users/me", headers: ["Authorization": "Bearer not-a-jwt"], expecting: 401),
        .post("Log in as jane_admin", "/login", form: jane, expecting: 200, remembering: "access_token"),
        .get(
            "jane_admin lists every user", "/admin/users",
            headers: ["Authorization": "Bearer {{access_token}}"], expecting: 200),
        .get("Read the OpenAPI document", "/openapi.json", expecting: 200),
    ]
}
