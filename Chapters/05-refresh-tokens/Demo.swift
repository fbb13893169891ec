// What chapter 5 shows: curl commands for the banner and the requests of --demo.
import Foundation
import WebSupport

/// The curl commands the start-up banner prints, for a server at `baseURL`.
@Sendable func refreshTokenCurlExamples(baseURL: String, refreshTTL: Int) -> [CurlExample] {
    let john = #"{"username":"john_doe","password":"correct-horse-battery-staple"}"#
    let json = "-H 'Content-Type: application/json'"
    let body = #""{\"refresh_token\":\"$REFRESH\"}""#
    return [
        CurlExample(
            "Log in as john_doe; the answer holds both tokens:",
            "LOGIN=$(curl -s -X POST \(baseURL)/login \(json) -d '\(john)'); echo \"$LOGIN\""),
        CurlExample(
            "Keep them (the refresh token lasts \(refreshTTL) seconds, --refresh-ttl):",
            #"ACCESS=$(echo "$LOGIN" | sed -E 's/.*"access_token":"([^"]*)".*/\1/'); "#
                + #"REFRESH=$(echo "$LOGIN" | sed -E 's/.*"refresh_token":"([^"]*)".*/\1/')"#),
        CurlExample("Read your profile:", #"curl -i \#(baseURL)/profile -H "Authorization: Bearer $ACCESS""#),
        CurlExample(
            "Trade the refresh token for a new pair; run it twice, and the second time is reuse:",
            "curl -i -X POST \(baseURL)/refresh \(json) -d \(body)"),
        CurlExample("Log out (revokes the token's family):", "curl -i -X POST \(baseURL)/logout \(json) -d \(body)"),
        CurlExample(
            "Log out everywhere:", #"curl -i -X POST \#(baseURL)/logout-all -H "Authorization: Bearer $ACCESS""#),
    ]
}

/// The requests `--demo` sends, in order, with the status each should get.
///
/// The demo runner remembers one field of each answer under its own name,
/// so a later step can send `{{refresh_token}}` or `{{access_token}}`.
func refreshTokenDemo(services: RefreshServices) async -> [DemoStep] {
    let login = #"{"username":"john_doe","password":"\#(DemoUser.john.password)"}"#
    let withRefresh = #"{"refresh_token":"{{refresh_token}}"}"#
    let bearer: KeyValuePairs<String, String> = ["Authorization": "Bearer {{access_token}}"]
    // A refresh token that expired an hour ago, issued straight into this run's store.
    let lifetime = TimeInterval(services.refreshTokens.lifetime)
    let expired = try? await services.refreshTokens.startFamily(for: DemoUser.john.user.id, issuedAt: Date() - lifetime - 3600)
    let logoutAll = DemoStep(
        title: "Log out everywhere with the access token", method: "POST", path: "/logout-all",
        headers: [("Authorization", "Bearer {{access_token}}")], expectedStatus: 204)
    return [
        .post(
            "Log in as john_doe: an access token and a refresh token", "/login", json: login,
            expecting: 200, remembering: "refresh_token"),
        .get(
            "Send the refresh token as a bearer token: it is no access token", "/profile",
            headers: ["Authorization": "Bearer {{refresh_token}}"], expecting: 401),
        .post(
            "Refresh: a new pair, and the old refresh token is spent", "/refresh", json: withRefresh,
            expecting: 200, remembering: "access_token"),
        .get("Read the profile with the new access token", "/profile", headers: bearer, expecting: 200),
        .post(
            "Send the access token to /refresh: it is no refresh token", "/refresh",
            json: #"{"refresh_token":"{{access_token}}"}"#, expecting: 401),
        .post(
            "Replay the spent refresh token, as a thief would: its whole family is revoked", "/refresh",
            json: withRefresh, expecting: 401),
        .get("The access token still works until it expires: the honest trade-off", "/profile", headers: bearer, expecting: 200),
        .post("Log in again: a new family", "/login", json: login, expecting: 200, remembering: "refresh_token"),
        .post("Log out with its refresh token", "/logout", json: withRefresh, expecting: 204),
        .post("Refresh with the logged-out token", "/refresh", json: withRefresh, expecting: 401),
        .post(
            "Send a refresh token that expired an hour ago", "/refresh",
            json: #"{"refresh_token":"\#(expired?.text ?? "")"}"#, expecting: 401),
        .post("Log in once more", "/login", json: login, expecting: 200, remembering: "refresh_token"),
        logoutAll,
        .post("Refresh after logging out everywhere", "/refresh", json: withRefresh, expecting: 401),
        .post("Refresh without a token", "/refresh", json: "{}", expecting: 401),
        .post("Refresh with a body that is not JSON", "/refresh", json: "refresh_token=abc", expecting: 400),
    ]
}
