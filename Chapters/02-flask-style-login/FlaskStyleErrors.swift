// The one place chapter 2 turns an error into an HTTP answer: {"error": "..."}.
import Hummingbird
import WebSupport

/// Catches every error a route throws and answers with Flask's
/// `jsonify({'error': ...})`, status and all.
///
/// Routes and the `authenticate` wrapper only throw; this middleware is the
/// only code that chooses a status and a message.
struct FlaskStyleErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Answers a ``WebError``: ``FlaskStyleError/answer(for:)``, or yours in exercise 2.3.
    var answer: FlaskStyleAnswer = { FlaskStyleError.answer(for: $0) }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let answer = FlaskStyleError(error, answeringWith: self.answer)
            if answer.status == .internalServerError {
                // The type only: an error's text could one day carry a secret.
                context.logger.error("Unexpected error", metadata: ["error.type": "\(type(of: error))"])
            }
            return try answer.response(from: request, context: context)
        }
    }
}

/// An error as chapter 2 answers it: a status and `{"error": message}`.
struct FlaskStyleError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String

    /// Chooses the answer for `error`: `answer` chooses it for a ``WebError``.
    init(_ error: any Error, answeringWith answer: FlaskStyleAnswer = { FlaskStyleError.answer(for: $0) }) {
        switch error {
        case let error as WebError:
            // An answer that cannot be chosen is the server's own fault.
            (status, message) = (try? answer(error)) ?? (.internalServerError, "Internal server error")
        case let error as HTTPError:
            (status, message) = (error.status, error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError:
            (status, message) = (error.status, error.status.reasonPhrase)
        default:
            (status, message) = (.internalServerError, "Internal server error")
        }
    }

    /// Returns the status and message for a ``WebError``. The three token
    /// messages are the ones the article's decorator meant to give.
    static func answer(for error: WebError) -> (status: HTTPResponse.Status, message: String) {
        switch error {
        case .missingToken:
            (.unauthorized, "Missing token")
        case .tokenRejected(.expired):
            (.unauthorized, "Token has expired")
        case .unsupportedScheme, .emptyToken, .unreadableToken, .tokenRejected, .unknownUser:
            (.unauthorized, "Invalid token")
        case .invalidCredentials:
            (.unauthorized, "Invalid username or password")
        case .notEnoughPermissions:
            (.forbidden, error.message)
        case .bodyTooLarge:
            (.contentTooLarge, error.message)
        case .bodyNotUTF8, .malformedBody, .missingFields, .invalidField:
            (.badRequest, error.message)
        case .invalidConfiguration:
            (.internalServerError, "Internal server error")
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try context.responseEncoder.encode(["error": message], from: request, context: context)
        response.status = status
        if status == .unauthorized {
            // RFC 9110 §11.6.1: a 401 names the scheme the client should use.
            response.headers[.wwwAuthenticate] = "Bearer"
        }
        return response
    }
}
