// The parts of chapter 3 that its exercises ask you to write, with the chapter's own as defaults.
import Hummingbird
import WebSupport

/// Reads the username and password of a login form, or throws a ``WebError``.
typealias PasswordFormReader = @Sendable (FormFields) throws -> (username: String, password: String)

/// Returns the user a request's bearer token names, or `nil` when it has no bearer token.
typealias CurrentUserFinder = @Sendable (HTTPFields, AuthServices) async throws -> User?

/// Returns the user when they may use the admin routes, or throws.
typealias AdminCheck = @Sendable (User) throws -> User

/// Returns the `WWW-Authenticate` value of the answer to a ``WebError``, or `nil` for none.
typealias ChallengeChooser = @Sendable (WebError) throws -> String?

/// The parts of the app that the chapter's exercises ask you to write.
///
/// ``buildRouter(services:parts:)`` runs the chapter's own. The exercise tests
/// replace one part with yours and send real requests to the same router, as
/// FastAPI's `app.dependency_overrides` lets a test replace a dependency.
///
/// ```swift
/// var parts = FastAPIStyleParts()
/// parts.requireAdmin = { user in user }
/// let router = buildRouter(services: services, parts: parts)
/// ```
struct FastAPIStyleParts: Sendable {
    /// `OAuth2PasswordRequestForm`: reads the login form (exercise 3.1).
    var readForm: PasswordFormReader = { try readPasswordForm($0) }
    /// The asynchronous half of `get_current_user`, run by ``BearerTokenAuthenticator`` (exercise 3.2).
    var findUser: CurrentUserFinder = { try await findCurrentUser(in: $0, services: $1) }
    /// `require_admin`, run by ``AdminContext`` (exercise 3.3).
    var requireAdmin: AdminCheck = { try Chapter03.requireAdmin($0) }
    /// The `WWW-Authenticate` header of each error's answer (exercise 3.4).
    var challenge: ChallengeChooser = { FastAPIStyleError.wwwAuthenticate(for: $0) }
}
