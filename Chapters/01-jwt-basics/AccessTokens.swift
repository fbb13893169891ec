// Issuing and verifying the workbook's access tokens: HS256, fifteen minutes, always with exp.
import Foundation
import JWTCore

/// The issuer every workbook token names in its `iss` claim.
let workbookIssuer = "jwt-auth-workbook"

/// How long an access token lives: fifteen minutes.
let accessTokenLifetime: TimeInterval = 15 * 60

/// Returns the claims of an access token for `user`, issued at `now` and
/// expiring fifteen minutes later.
func accessClaims(for user: DemoUser, now: Date) -> [String: JSONValue] {
    let issuedAt = Int64(now.timeIntervalSince1970)
    return [
        "sub": .string(String(user.id)),
        "username": .string(user.username),
        "iss": .string(workbookIssuer),
        "iat": .integer(issuedAt),
        "exp": .integer(issuedAt + Int64(accessTokenLifetime)),
    ]
}

/// Signs an access token for `user` with HS256.
func issueAccessToken(for user: DemoUser, key: JWTKey, now: Date) throws(JWTError) -> String {
    try JWT.encode(accessClaims(for: user, now: now), key: key, algorithm: .hs256)
}

/// Returns a verifier for the workbook's access tokens, whose clock reads `now`.
func accessTokenVerifier(key: JWTKey, now: Date) throws(JWTError) -> JWTVerifier {
    var validation = JWTValidation()
    validation.issuer = workbookIssuer
    validation.requiredClaims = ["exp", "iat", "sub"]
    validation.now = { now }
    return try JWTVerifier(key: key, algorithms: [.hs256], validation: validation)
}
