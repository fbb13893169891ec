// The parts of chapter 2 that its exercises ask you to write, with the chapter's own as defaults.
import Hummingbird
import WebSupport

/// Reads the token from the value of an `Authorization` header; `nil` means the request has none.
typealias TokenReader = @Sendable (_ authorization: String?) throws -> String

/// A route handler as the router runs it; an ``Authenticate`` function returns one.
typealias GuardedHandler<Output> = @Sendable (Request, ChapterRequestContext) async throws -> Output

/// Wraps a handler so that it runs only for a valid token, as ``authenticate(with:readingTokenWith:_:)`` does.
typealias Authenticate<Output> = @Sendable (AccessTokenService, @escaping AuthenticatedHandler<Output>) -> GuardedHandler<Output>

/// Returns the user when the username and password are right, and throws otherwise.
typealias CredentialCheck = @Sendable (_ username: String, _ password: String) async throws -> User

/// The parts of the app that the chapter's exercises ask you to write.
///
/// ``buildRouter(services:parts:)`` runs the chapter's own. The exercise tests
/// replace one part with yours and send real requests to the same router, so
/// your code answers them exactly where the chapter's would.
///
/// ```swift
/// var parts = FlaskStyleParts()
/// parts.answer = { error in (.unauthorized, "Nope") }
/// let router = buildRouter(services: services, parts: parts)
/// ```
struct FlaskStyleParts: Sendable {
    /// Guards `GET /profile` (exercise 2.2; exercise 2.1 replaces the token
    /// reader inside the chapter's own wrapper).
    var authenticate: Authenticate<Profile> = { tokens, handler in Chapter02.authenticate(with: tokens, handler) }
    /// Answers every ``WebError`` (exercise 2.3).
    var answer: FlaskStyleAnswer = { FlaskStyleError.answer(for: $0) }
    /// Checks a login's username and password (exercise 2.4); `nil` is the
    /// chapter's own, the `CredentialVerifier` of its services.
    var checkCredentials: CredentialCheck? = nil
}
