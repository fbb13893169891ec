// GET /profile, behind the global gate: who the verified token says you are.
import Hummingbird
import WebSupport

/// The answer of `GET /profile`: `{"user_id": 1, "username": "john_doe"}`, as in chapter 2.
struct Profile: ResponseEncodable, Equatable {
    let userID: Int64
    let username: String

    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
        case username
    }
}

/// The profile handler. It never reads a header: the gate has verified the
/// token and left the user on the context, as Flask's `g.user`.
@Sendable func profile(request: Request, context: AppRequestContext) throws -> Profile {
    let user = try context.requireUser()
    return Profile(userID: user.id, username: user.username)
}
