// The outermost middleware: a request id on every answer, and one log line per request.
import Foundation
import HTTPTypes
import Hummingbird
import Logging

extension HTTPField.Name {
    /// `X-Request-Id`: the id of the request's log line, so a client can quote it in a bug report.
    static let requestID = HTTPField.Name("X-Request-Id")!
}

/// Writes one log line for every request, with its method, route, status,
/// duration, request id and (once known) user id, and echoes the request id
/// in an `X-Request-Id` header.
///
/// It is added to the router first, so it is the outermost layer: it sees
/// every request, even one the gate refuses, and the final status after the
/// errors have become answers. The request id is the one Hummingbird gives
/// every request, made by the server and never taken from the client.
///
/// The line never holds a token or a password: it has no headers and no
/// body, no query string (RFC 6750 §2.3 lets a token travel there), and the
/// route's path as the router registered it rather than the path the client
/// sent, which could hold anything.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let started = ContinuousClock.now
        do {
            var response = try await next(request, context)
            response.headers[.requestID] = context.id
            await log(request, context: context, status: response.status, duration: .now - started)
            return response
        } catch {
            // Only an error that the error middleware could not turn into an answer gets here.
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            await log(request, context: context, status: status, duration: .now - started)
            throw error
        }
    }

    /// Writes the request's line at `info`. The request id is already in the
    /// logger's metadata, as `hb.request.id`.
    func log(_ request: Request, context: Context, status: HTTPResponse.Status, duration: Duration) async {
        var metadata: Logger.Metadata = [
            "method": .string(request.method.rawValue),
            "path": .string(Self.routePath(of: context)),
            "status": .stringConvertible(status.code),
            "duration_ms": .string(String(format: "%.3f", duration.milliseconds)),
        ]
        if let userID = await context.logFields.userID {
            metadata["user_id"] = .stringConvertible(userID)
        }
        context.logger.info("Request", metadata: metadata)
    }

    /// The path of the route the router matched, such as `/api/notes`, or
    /// `(no route)`. Hummingbird leaves the endpoint path empty until a route
    /// matches, and names a miss `NotFound`; neither is text from the client.
    static func routePath(of context: Context) -> String {
        guard let path = context.endpointPath, path.hasPrefix("/") else { return "(no route)" }
        return path
    }
}

extension Duration {
    /// The duration in milliseconds, with fractions.
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
