// The claims of the access tokens the chapters issue.
import Foundation

/// The claims of an access token: who it is for, who issued it, for which
/// API, and when it stops working.
///
/// Every access token the workbook issues carries all of them; the article's
/// tokens had no `exp`, so they never expired (RFC 7519 §4.1.4). Decoding
/// fails unless `sub` is a user id, so ``userID`` is always there. A token
/// from a service with a token type also says what it is in `type`, such as
/// `"access"`; the tokens of chapters 2 to 4 have no `type`.
public struct AccessTokenClaims: Codable, Sendable, Equatable {
    /// The user's id as a string (RFC 7519 §4.1.2 makes `sub` a string).
    public let sub: String
    public let username: String
    /// The issuer (RFC 7519 §4.1.1).
    public let iss: String
    /// The API the token is meant for (RFC 7519 §4.1.3).
    public let aud: String
    /// When the token was issued (RFC 7519 §4.1.6).
    public let iat: Date
    /// When the token expires (RFC 7519 §4.1.4).
    public let exp: Date
    /// What kind of token this is, such as `"access"`, the claim
    /// Flask-JWT-Extended writes; `nil` in an untyped token.
    public let type: String?
    /// The user id that `sub` holds.
    public let userID: Int64

    enum CodingKeys: String, CodingKey {
        case sub, username, iss, aud, iat, exp, type
    }

    /// Creates the claims of a new token for `user`, with a `type` claim
    /// only when `type` is given.
    public init(user: User, issuer: String, audience: String, issuedAt: Date, expiresAt: Date, type: String? = nil) {
        self.sub = String(user.id)
        self.userID = user.id
        self.username = user.username
        self.iss = issuer
        self.aud = audience
        self.iat = issuedAt
        self.exp = expiresAt
        self.type = type
    }

    public init(from decoder: any Decoder) throws {
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
        self.type = try container.decodeIfPresent(String.self, forKey: .type)
    }
}
