// The one place chapter 3 turns an error into an HTTP answer: {"detail": ...}.
import Hummingbird
import WebSupport

/// Catches every error a route or a dependency throws and answers as
/// FastAPI's `HTTPException` and validation errors do.
struct FastAPIStyleErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Chooses the `WWW-Authenticate` header: ``FastAPIStyleError/wwwAuthenticate(for:)``, or yours in exercise 3.4.
    var challenge: ChallengeChooser = { FastAPIStyleError.wwwAuthenticate(for: $0) }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let answer = FastAPIStyleError(error, challengingWith: challenge)
            if answer.status == .internalServerError {
                // The type only: an error's text could one day carry a secret.
                context.logger.error("Unexpected error", metadata: ["error.type": "\(type(of: error))"])
            }
            return try answer.response(from: request, context: context)
        }
    }
}

/// An error as chapter 3 answers it: a status, `{"detail": ...}`, and the
/// `WWW-Authenticate` header RFC 6750 §3 asks for on a 401.
struct FastAPIStyleError: HTTPResponseError {
    let status: HTTPResponse.Status
    let detail: Detail
    let wwwAuthenticate: String?

    /// Chooses the answer for `error`: `challenge` chooses the `WWW-Authenticate` header of a ``WebError``'s.
    init(_ error: any Error, challengingWith challenge: ChallengeChooser = { FastAPIStyleError.wwwAuthenticate(for: $0) }) {
        switch error {
        case let error as WebError:
            (status, detail) = Self.answer(for: error)
            // A challenge that cannot be chosen is left out.
            wwwAuthenticate = try? challenge(error)
        case let error as HTTPError:
            (status, detail, wwwAuthenticate) = (error.status, .message(error.body ?? error.status.reasonPhrase), nil)
        case let error as any HTTPResponseError:
            (status, detail, wwwAuthenticate) = (error.status, .message(error.status.reasonPhrase), nil)
        default:
            (status, detail, wwwAuthenticate) = (.internalServerError, .message("Internal Server Error"), nil)
        }
    }

    /// Returns the status and `detail` of the answer to a ``WebError``.
    static func answer(for error: WebError) -> (status: HTTPResponse.Status, detail: Detail) {
        switch error {
        case .missingToken, .unsupportedScheme:
            (.unauthorized, .message("Not authenticated"))
        case .tokenRejected(.expired):
            (.unauthorized, .message("Token has expired"))
        case .emptyToken, .unreadableToken, .tokenRejected, .unknownUser:
            (.unauthorized, .message("Invalid token"))
        case .invalidCredentials:
            (.unauthorized, .message("Incorrect username or password"))
        case .notEnoughPermissions:
            (.forbidden, .message("Not enough permissions"))
        case .missingFields(let names):
            (.unprocessableContent, .issues(names.map(ValidationIssue.missing)))
        case .invalidField(let name, _):
            (.unprocessableContent, .issues([ValidationIssue(invalid: name, message: error.message)]))
        case .bodyTooLarge:
            (.contentTooLarge, .message(error.message))
        case .unsupportedMediaType:
            (.unsupportedMediaType, .message(error.message))
        case .bodyNotUTF8, .malformedBody:
            (.badRequest, .message(error.message))
        case .invalidConfiguration:
            (.internalServerError, .message("Internal Server Error"))
        }
    }

    /// Returns the `WWW-Authenticate` header of the answer to a ``WebError``
    /// (RFC 6750 §3), or `nil` for an answer that is not a 401.
    static func wwwAuthenticate(for error: WebError) -> String? {
        switch error {
        case .missingToken, .unsupportedScheme, .invalidCredentials:
            // No bearer token at all: name the scheme, with no error code (RFC 6750 §3.1).
            "Bearer"
        case .emptyToken, .unreadableToken, .tokenRejected, .unknownUser:
            // A token was sent and is no good, an expired one included (RFC 6750 §3.1).
            #"Bearer error="invalid_token""#
        case .notEnoughPermissions, .missingFields, .invalidField, .bodyTooLarge, .bodyNotUTF8, .malformedBody,
            .unsupportedMediaType, .invalidConfiguration:
            nil
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try context.responseEncoder.encode(["detail": detail], from: request, context: context)
        response.status = status
        if let wwwAuthenticate { response.headers[.wwwAuthenticate] = wwwAuthenticate }
        return response
    }
}

/// FastAPI's `detail`: a message, or a list of validation issues (422).
enum Detail: Encodable, Equatable {
    case message(String)
    case issues([ValidationIssue])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .message(let text): try container.encode(text)
        case .issues(let issues): try container.encode(issues)
        }
    }
}

/// One entry of a 422's `detail` list, shaped like FastAPI's:
/// `{"type": "missing", "loc": ["body", "username"], "msg": "Field required", "input": null}`.
struct ValidationIssue: Encodable, Equatable {
    let type: String
    let loc: [String]
    let msg: String

    static func missing(_ field: String) -> ValidationIssue {
        ValidationIssue(type: "missing", loc: ["body", field], msg: "Field required")
    }

    init(type: String, loc: [String], msg: String) {
        (self.type, self.loc, self.msg) = (type, loc, msg)
    }

    init(invalid field: String, message: String) {
        self.init(type: "value_error", loc: ["body", field], msg: message)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(loc, forKey: .loc)
        try container.encode(msg, forKey: .msg)
        // FastAPI echoes the input; a form's values may be passwords, so this never does.
        try container.encodeNil(forKey: .input)
    }

    enum CodingKeys: String, CodingKey {
        case type, loc, msg, input
    }
}
