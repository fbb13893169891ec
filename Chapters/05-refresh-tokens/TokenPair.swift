// The answer to a login and to a refresh: an access token and a refresh token.
import Hummingbird
import WebSupport

/// `{"access_token", "refresh_token", "token_type": "bearer", "expires_in"}`,
/// the shape of an OAuth 2 token response (RFC 6749 §5.1). `expires_in` is
/// the access token's lifetime in seconds.
struct TokenPair: ResponseEncodable, Equatable {
    let accessToken: String
    let refreshToken: String
    let tokenType = "bearer"
    let expiresIn: Int

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case refreshToken = "refresh_token"
        case tokenType = "token_type"
        case expiresIn = "expires_in"
    }
}

extension RefreshServices {
    /// Issues an access token for `user` and answers with it and
    /// `refreshToken`, marked never to be cached: both are credentials.
    func tokenPair(for user: User, refreshToken: RefreshToken) throws -> EditedResponse<TokenPair> {
        let pair = TokenPair(
            accessToken: try accessTokens.issue(for: user), refreshToken: refreshToken.text,
            expiresIn: accessTokens.lifetime)
        return EditedResponse(headers: [.cacheControl: "no-store"], response: pair)
    }
}
