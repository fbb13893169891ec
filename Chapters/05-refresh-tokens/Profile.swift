// GET /profile: who the access token says you are, as in chapter 2.
import Hummingbird
import WebSupport

/// The answer of `GET /profile`: `{"user_id": 1, "username": "john_doe"}`.
struct Profile: ResponseEncodable, Equatable {
    let userID: Int64
    let username: String

    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
        case username
    }
}

/// The profile handler. It never reads a header: `authenticate` has
/// verified the access token and passes its claims in.
@Sendable func profile(request: Request, context: ChapterRequestContext, claims: AccessTokenClaims) async throws -> Profile {
    Profile(userID: claims.userID, username: claims.username)
}
