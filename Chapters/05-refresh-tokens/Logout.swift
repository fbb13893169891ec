// POST /logout and POST /logout-all: revoking one family, or every family of a user.
import Hummingbird
import WebSupport

/// Returns the `POST /logout` handler: it revokes the family of the refresh
/// token in the body and answers 204.
///
/// A token the server does not know also gets 204, as RFC 7009 §2.2 asks
/// of a revocation endpoint: the client wanted the token dead, and it is.
/// A body with no token at all gets 401, as it does on `/refresh`.
func logout(services: RefreshServices) -> @Sendable (Request, ChapterRequestContext) async throws -> Response {
    return { request, _ in
        let body = try await request.decodeJSONBody(as: RefreshTokenRequest.self)
        guard let text = body.refreshToken else { throw RefreshTokenError.invalid }
        if let token = RefreshToken(parsing: text) {
            try await services.refreshTokens.revokeFamily(of: token)
        }
        return Response(status: .noContent)
    }
}

/// Returns the `POST /logout-all` handler, to wrap in ``authenticate(with:_:)``:
/// it revokes every refresh-token family of the access token's user and answers 204.
///
/// Access tokens already issued stay valid until they expire: nothing
/// checks them against the database. That is the price of stateless access
/// tokens, and the reason they live only minutes.
func logoutAll(services: RefreshServices) -> AuthenticatedHandler<Response> {
    return { _, _, claims in
        try await services.refreshTokens.revokeAllFamilies(ofUser: claims.userID)
        return Response(status: .noContent)
    }
}
