// The one place chapter 4 turns an error into an HTTP answer: {"error": "..."}, as chapter 2.
import Hummingbird
import Logging
import WebSupport

/// Catches every error that the gate, the role check or a route throws, and
/// answers with chapter 2's Flask-style `{"error": ...}`, status and all.
///
/// It sits inside the log middleware and outside the gate, so the log sees
/// the final status of a refused request, and the gate only has to throw.
struct FlaskStyleErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let answer = FlaskStyleError(error)
            if answer.status == .internalServerError {
                // The type only: an error's text could one day carry a secret.
                context.logger.error("Unexpected error", metadata: ["error.type": "\(type(of: error))"])
            }
            return try answer.response(from: request, context: context)
        }
    }
}

/// An error as chapter 4 answers it: a status and `{"error": message}`.
struct FlaskStyleError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String

    /// Chooses the answer for `error`: chapter 2's messages, and
    /// `{"error": "Forbidden"}` for a user without the role a route needs.
    init(_ error: any Error) {
        switch error {
        case let error as WebError:
            switch error {
            case .missingToken:
                (status, message) = (.unauthorized, "Missing token")
            case .tokenRejected(.expired):
                (status, message) = (.unauthorized, "Token has expired")
            case .unsupportedScheme, .emptyToken, .unreadableToken, .tokenRejected, .unknownUser:
                (status, message) = (.unauthorized, "Invalid token")
            case .invalidCredentials:
                (status, message) = (.unauthorized, "Invalid username or password")
            case .notEnoughPermissions:
                (status, message) = (.forbidden, "Forbidden")
            case .bodyTooLarge:
                (status, message) = (.contentTooLarge, error.message)
            case .bodyNotUTF8, .malformedBody, .missingFields, .invalidField:
                (status, message) = (.badRequest, error.message)
            case .invalidConfiguration:
                (status, message) = (.internalServerError, "Internal server error")
            }
        case let error as HTTPError:
            (status, message) = (error.status, error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError:
            (status, message) = (error.status, error.status.reasonPhrase)
        default:
            (status, message) = (.internalServerError, "Internal server error")
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try context.responseEncoder.encode(["error": message], from: request, context: context)
        response.status = status
        if status == .unauthorized {
            // RFC 9110 §11.6.1 and RFC 6750 §3: a 401 names the scheme the client should use.
            response.headers[.wwwAuthenticate] = "Bearer"
        }
        return response
    }
}
