// The one place chapter 3 turns an error into an HTTP answer: {"detail": ...}.
import Hummingbird
import WebSupport

/// Catches every error a route or a dependency throws and answers as
/// FastAPI's `HTTPException` and validation errors do.
struct FastAPIStyleErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let answer = FastAPIStyleError(error)
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

    init(_ error: any Error) {
        var challenge: String? = nil
        switch error {
        case let error as WebError:
            switch error {
            case .missingToken, .unsupportedScheme:
                (status, detail, challenge) = (.unauthorized, .message("Not authenticated"), "Bearer")
            case .tokenRejected(.expired):
                (status, detail, challenge) = (.unauthorized, .message("Token has expired"), #"Bearer error="invalid_token""#)
            case .emptyToken, .unreadableToken, .tokenRejected, .unknownUser:
                (status, detail, challenge) = (.unauthorized, .message("Invalid token"), #"Bearer error="invalid_token""#)
            case .invalidCredentials:
                (status, detail, challenge) = (.unauthorized, .message("Incorrect username or password"), "Bearer")
            case .notEnoughPermissions:
                (status, detail) = (.forbidden, .message("Not enough permissions"))
            case .missingFields(let names):
                (status, detail) = (.unprocessableContent, .issues(names.map(ValidationIssue.missing)))
            case .invalidField(let name, _):
                (status, detail) = (.unprocessableContent, .issues([ValidationIssue(invalid: name, message: error.message)]))
            case .bodyTooLarge:
                (status, detail) = (.contentTooLarge, .message(error.message))
            case .bodyNotUTF8, .malformedBody:
                (status, detail) = (.badRequest, .message(error.message))
            case .invalidConfiguration:
                (status, detail) = (.internalServerError, .message("Internal Server Error"))
            }
        case let error as HTTPError:
            (status, detail) = (error.status, .message(error.body ?? error.status.reasonPhrase))
        case let error as any HTTPResponseError:
            (status, detail) = (error.status, .message(error.status.reasonPhrase))
        default:
            (status, detail) = (.internalServerError, .message("Internal Server Error"))
        }
        self.wwwAuthenticate = challenge
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
