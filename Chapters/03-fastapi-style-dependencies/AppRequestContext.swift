// The request context of every route in chapter 3.
import Foundation
import Hummingbird
import HummingbirdAuth
import WebSupport

/// The context every request starts with. `identity` is the user that
/// ``BearerTokenAuthenticator`` found, or `nil` on routes without it or
/// requests without a token.
///
/// Handlers never read `identity` themselves: they ask for a
/// ``CurrentUserContext`` or an ``AdminContext`` instead.
struct AppRequestContext: AuthRequestContext, RequestContext {
    var coreContext: CoreRequestContextStorage
    var identity: User?
    /// The check ``AdminContext`` runs: ``requireAdmin(_:)``, unless
    /// ``AdminCheckMiddleware`` puts another here (exercise 3.3).
    var requireAdmin: AdminCheck

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.identity = nil
        self.requireAdmin = { try Chapter03.requireAdmin($0) }
    }

    var responseEncoder: SortedJSONEncoder { SortedJSONEncoder() }
}
