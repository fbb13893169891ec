// What chapter 2 shows: curl commands for the banner and the requests of --demo.
import Foundation
import JWTCore
import WebSupport

/// The curl commands the start-up banner prints, for a server at `baseURL`.
@Sendable func flaskStyleCurlExamples(baseURL: String) -> [CurlExample] {
    let john = #"{"username":"john_doe","password":"correct-horse-battery-staple"}"#
    return [
        CurlExample(
            "Log in as john_doe and keep the token in $TOKEN:",
            "TOKEN=$(curl -s -X POST \(baseURL)/login -H 'Content-Type: application/json' -d '\(john)' "
                + #"| sed -E 's/.*"token":"([^"]*)".*/\1/'); echo "$TOKEN""#),
        CurlExample("Read your profile with it:", #"curl -i \#(baseURL)/profile -H "Authorization: Bearer $TOKEN""#),
        CurlExample(
            "Send the header without 'Bearer ', as the article did:",
            #"curl -i \#(baseURL)/profile -H "Authorization: $TOKEN""#),
        CurlExample("Ask without a token:", "curl -i \(baseURL)/profile"),
        CurlExample(
            "Log in with a wrong password:",
            "curl -i -X POST \(baseURL)/login -H 'Content-Type: application/json' "
                + #"-d '{"username":"john_doe","password":"wrong"}'"#),
    ]
}

/// The requests `--demo` sends, in order, with the status each should get.
func flaskStyleDemo(services: AuthServices) -> [DemoStep] {
    let john = DemoUser.john
    // A token that expired an hour ago, signed with this run's real key.
    let lifetime = TimeInterval(services.tokens.lifetime)
    let expired = (try? services.tokens.issue(for: john.user, issuedAt: Date() - lifetime - 3600)) ?? ""
    // A token with the right claims, signed with a key this server does not have.
    let forger = try? AccessTokenService(
        key: JWTKey.generateSecret(), audience: services.tokens.audience, lifetime: services.tokens.lifetime)
    let forged = (try? forger?.issue(for: john.user)) ?? ""
    return [
        .post(
            "Log in as john_doe", "/login",
            json: #"{"username":"john_doe","password":"\#(john.password)"}"#, expecting: 200, remembering: "token"),
        .post(
            "Log in with a wrong password", "/login", json: #"{"username":"john_doe","password":"guess"}"#,
            expecting: 401),
        .post(
            "Log in as a user who does not exist: the same answer", "/login",
            json: #"{"username":"nobody","password":"guess"}"#, expecting: 401),
        .post("Log in with a body that is not JSON", "/login", json: "username=john_doe", expecting: 400),
        .post("Log in without a password", "/login", json: #"{"username":"john_doe"}"#, expecting: 400),
        .get("Read the profile without a token", "/profile", expecting: 401),
        .get(
            "Send the token without 'Bearer ', as the article did", "/profile",
            headers: ["Authorization": "{{token}}"], expecting: 401),
        .get(
            "Send a token that expired an hour ago", "/profile",
            headers: ["Authorization": "Bearer \(expired)"], expecting: 401),
        .get(
            "Send a token signed with another secret", "/profile",
            headers: ["Authorization": "Bearer \(forged)"], expecting: 401),
        .get(
            "Read the profile with the token", "/profile",
            headers: ["Authorization": "Bearer {{token}}"], expecting: 200),
    ]
}
