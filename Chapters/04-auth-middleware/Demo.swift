// What chapter 4 shows: curl commands for the banner and the requests of --demo.
import Foundation
import WebSupport

/// The curl commands the start-up banner prints, for a server at `baseURL`.
@Sendable func authMiddlewareCurlExamples(baseURL: String) -> [CurlExample] {
    let john = #"{"username":"john_doe","password":"correct-horse-battery-staple"}"#
    return [
        CurlExample("A public route, no token needed:", "curl -i \(baseURL)/health"),
        CurlExample(
            "Log in as john_doe (public too: the article's hook refused this) and keep the token in $TOKEN:",
            "TOKEN=$(curl -s -X POST \(baseURL)/login -H 'Content-Type: application/json' -d '\(john)' "
                + #"| sed -E 's/.*"token":"([^"]*)".*/\1/'); echo "$TOKEN""#),
        CurlExample("Read your profile; note the X-Request-Id header:", #"curl -i \#(baseURL)/profile -H "Authorization: Bearer $TOKEN""#),
        CurlExample("Read your notes, behind the /api group's gate:", #"curl -i \#(baseURL)/api/notes -H "Authorization: Bearer $TOKEN""#),
        CurlExample(
            "List the users: 403 unless you are jane_admin:", #"curl -i \#(baseURL)/api/admin/users -H "Authorization: Bearer $TOKEN""#),
        CurlExample("Any other path without a token: 401, not 404:", "curl -i \(baseURL)/nowhere"),
    ]
}

/// The requests `--demo` sends, in order, with the status each should get.
func authMiddlewareDemo(services: AuthServices) -> [DemoStep] {
    // A token for john_doe that expired an hour ago, signed with this run's real key.
    let lifetime = TimeInterval(services.tokens.lifetime)
    let expired = (try? services.tokens.issue(for: DemoUser.john.user, issuedAt: Date() - lifetime - 3600)) ?? ""
    let john = #"{"username":"john_doe","password":"\#(DemoUser.john.password)"}"#
    let jane = #"{"username":"jane_admin","password":"\#(DemoUser.jane.password)"}"#
    let bearer: KeyValuePairs<String, String> = ["Authorization": "Bearer {{token}}"]
    return [
        .get("The health check is public", "/health", expecting: 200),
        .post("Log in without a token: /login is public", "/login", json: john, expecting: 200, remembering: "token"),
        .post("Log in with a wrong password", "/login", json: #"{"username":"john_doe","password":"guess"}"#, expecting: 401),
        .get("Read the profile without a token", "/profile", expecting: 401),
        .get("Send a token that expired an hour ago", "/profile", headers: ["Authorization": "Bearer \(expired)"], expecting: 401),
        .get("Read the profile with the token", "/profile", headers: bearer, expecting: 200),
        .get("Read john_doe's notes without a token", "/api/notes", expecting: 401),
        .get("Read john_doe's notes", "/api/notes", headers: bearer, expecting: 200),
        .get("john_doe asks for the user list", "/api/admin/users", headers: bearer, expecting: 403),
        .get("A path with no route, without a token", "/nowhere", expecting: 401),
        .get("The same path with the token", "/nowhere", headers: bearer, expecting: 404),
        .post("Log in as jane_admin", "/login", json: jane, expecting: 200, remembering: "token"),
        .get("jane_admin lists the users", "/api/admin/users", headers: bearer, expecting: 200),
    ]
}
