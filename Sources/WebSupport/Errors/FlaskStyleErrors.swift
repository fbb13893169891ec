// The Flask-style error answer that chapters 2, 4 and 5 share: {"error": "..."}, status and all.
import Hummingbird

/// Chooses the status and the message of the answer to a ``WebError``.
public typealias FlaskStyleAnswer = @Sendable (WebError) throws -> (status: HTTPResponse.Status, message: String)

/// An error a chapter adds, such as a refused refresh token, that knows its
/// own Flask-style answer.
public protocol FlaskStyleRefusal: Error {
    /// The status of the answer.
    var status: HTTPResponse.Status { get }
    /// The text of `{"error": ...}`. It never contains a token.
    var message: String { get }
}

/// Catches every error a route, a wrapper or a middleware inside it throws,
/// and answers with Flask's `jsonify({'error': ...})`, status and all.
///
/// Routes only throw; this middleware is the only code that chooses a
/// status and a message. Add it before the routes, so it wraps every one
/// of them and the not-found answer too:
///
/// ```swift
/// router.add(middleware: FlaskStyleErrorMiddleware())
/// ```
public struct FlaskStyleErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Answers a ``WebError``: ``FlaskStyleError/answer(for:)``, or yours in exercise 2.3.
    public var answer: FlaskStyleAnswer

    public init(answer: @escaping FlaskStyleAnswer = { FlaskStyleError.answer(for: $0) }) {
        self.answer = answer
    }

    public func handle(
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

/// An error as the Flask-style chapters answer it: a status and `{"error": message}`.
public struct FlaskStyleError: HTTPResponseError {
    public let status: HTTPResponse.Status
    public let message: String

    /// Chooses the answer for `error`: `answer` chooses it for a ``WebError``,
    /// and a ``FlaskStyleRefusal`` brings its own.
    public init(_ error: any Error, answeringWith answer: FlaskStyleAnswer = { FlaskStyleError.answer(for: $0) }) {
        switch error {
        case let error as WebError:
            // An answer that cannot be chosen is the server's own fault.
            (status, message) = (try? answer(error)) ?? (.internalServerError, "Internal server error")
        case let error as any FlaskStyleRefusal:
            (status, message) = (error.status, error.message)
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
    public static func answer(for error: WebError) -> (status: HTTPResponse.Status, message: String) {
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
            // Flask's own word for a 403, as `abort(403)` gives it.
            (.forbidden, "Forbidden")
        case .bodyTooLarge:
            (.contentTooLarge, error.message)
        case .unsupportedMediaType:
            (.unsupportedMediaType, error.message)
        case .bodyNotUTF8, .malformedBody, .missingFields, .invalidField:
            (.badRequest, error.message)
        case .invalidConfiguration:
            (.internalServerError, "Internal server error")
        }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try context.responseEncoder.encode(["error": message], from: request, context: context)
        response.status = status
        if status == .unauthorized {
            // RFC 9110 §11.6.1 and RFC 6750 §3: a 401 names the scheme the client should use.
            response.headers[.wwwAuthenticate] = "Bearer"
        }
        return response
    }
}
