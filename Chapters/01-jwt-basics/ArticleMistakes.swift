// The article's token and secret, reproduced in Swift to show what goes wrong with them.
import JWTCore

/// The secret the article writes into its source: 13 bytes, where HS256 needs 32 (RFC 7518 §3.2).
let articleSecret = "my_secret_key"

/// Signs a token shaped like the article's: a user number and a name, and no `exp`.
func articleStyleToken(for user: DemoUser, key: JWTKey) throws(JWTError) -> String {
    let claims: [String: JSONValue] = ["user_id": .integer(Int64(user.id)), "username": .string(user.username)]
    return try JWT.encode(claims, key: key, algorithm: .hs256)
}
