// Chapter 4's real application for the exercise tests, built with a learner's part in place of the chapter's.
import Foundation
import Hummingbird
import HummingbirdTesting
import JWTCore
import ServerTestSupport
import WebSupport

@testable import Chapter04

/// Chapter 4's application, built by the chapter's own `buildApplication` with fast bcrypt,
/// a fixed key and a fixed clock, and driven in process with `app.test(.router)`.
enum AuthMiddlewareServer: ServerFixture {
    static let audience = "auth-middleware"

    /// The `Authorization` header of a valid token for `user`.
    static func bearer(_ user: User) throws -> String { "Bearer " + (try token(for: user)) }

    /// Builds the chapter's application with `parts` and runs `test` against it.
    static func test<Value: Sendable>(
        parts: MiddlewareParts, _ test: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let app = buildApplication(services: try await services(), settings: .silent, parts: parts)
        return try await app.test(.router) { client in try await test(client) }
    }

    /// The JSON bodies the chapter answers with.
    static let johnsProfile = #"{"user_id":1,"username":"john_doe"}"#
    static let johnsNotes = #"[{"id":1,"text":"Send the token after 'Bearer '."},{"id":2,"text":"Log in again when it expires."}]"#
    static let janesNotes = #"[{"id":3,"text":"Keep the public list short."},{"id":4,"text":"Rotate JWT_SECRET."}]"#
    static let users = #"[{"id":1,"role":"user","username":"john_doe"},{"id":2,"role":"admin","username":"jane_admin"}]"#
    static let johnsLogin = #"{"username":"john_doe","password":"\#(DemoUser.john.password)"}"#
}

/// A middleware that runs the learner's middleware and notes the ``ExerciseUnsolved`` it
/// throws, which the chapter's error middleware would otherwise answer as a 500.
struct WatchedMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let watched: any MiddlewareProtocol<Request, Response, AppRequestContext>
    let watch: UnsolvedWatch

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await watched.handle(request, context: context, next: next)
        } catch {
            await watch.note(error)
            throw error
        }
    }
}
