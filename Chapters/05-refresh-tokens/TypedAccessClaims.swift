// The claims of chapter 5's access tokens: chapter 2's claims plus `type`.
import Foundation

/// The claims of an access token in this chapter.
///
/// They are the claims of WebSupport's `AccessTokenClaims` (`sub`,
/// `username`, `iss`, `aud`, `iat`, `exp`) plus `type`, which is always
/// `"access"`, the claim Flask-JWT-Extended writes. Decoding fails unless
/// `sub` is a user id, so ``userID`` is always there.
struct TypedAccessClaims: Codable, Sendable, Equatable {
    /// The `type` of every access token.
    static let accessType = "access"

    let sub: String
    let username: String
    let iss: String
    let aud: String
    let iat: Date
    let exp: Date
    /// What kind of token this is; the verifier accepts only ``accessType``.
    let type: String
    /// The user id that `sub` holds.
    let userID: Int64

    enum CodingKeys: String, CodingKey {
        case sub, username, iss, aud, iat, exp, type
    }

    /// Creates the claims of a new access token.
    init(userID: Int64, username: String, issuer: String, audience: String, issuedAt: Date, expiresAt: Date) {
        self.sub = String(userID)
        self.userID = userID
        self.username = username
        self.iss = issuer
        self.aud = audience
        self.iat = issuedAt
        self.exp = expiresAt
        self.type = Self.accessType
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.sub = try container.decode(String.self, forKey: .sub)
        guard let userID = Int64(sub) else {
            throw DecodingError.dataCorruptedError(forKey: .sub, in: container, debugDescription: "sub is not a user id")
        }
        self.userID = userID
        self.username = try container.decode(String.self, forKey: .username)
        self.iss = try container.decode(String.self, forKey: .iss)
        self.aud = try container.decode(String.self, forKey: .aud)
        self.iat = try container.decode(Date.self, forKey: .iat)
        self.exp = try container.decode(Date.self, forKey: .exp)
        self.type = try container.decode(String.self, forKey: .type)
    }
}
