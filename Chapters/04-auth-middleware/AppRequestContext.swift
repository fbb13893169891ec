// The request context of chapter 4: where the middleware leaves what it verified.
import Foundation
import Hummingbird
import HummingbirdAuth
import WebSupport

/// The context every request carries through the middleware to its handler.
///
/// `identity` is Flask's `g.user`: the authentication middleware sets it
/// once it has verified the token and loaded the user, so no handler ever
/// reads the `Authorization` header. It is `nil` on the public routes.
struct AppRequestContext: AuthRequestContext, RequestContext {
    var coreContext: CoreRequestContextStorage
    var identity: User?
    /// Shared by every copy of this context, so the log middleware can learn
    /// what the middleware inside it found out.
    let logFields: RequestLogFields

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.identity = nil
        self.logFields = RequestLogFields()
    }

    var responseEncoder: SortedJSONEncoder { SortedJSONEncoder() }
}

extension AppRequestContext {
    /// Returns the user the authentication middleware verified.
    ///
    /// Behind the gate the user is always there. A route that was left
    /// outside every gate by mistake fails closed: it answers 401
    /// "Missing token" rather than running without a user.
    func requireUser() throws(WebError) -> User {
        guard let identity else { throw .missingToken }
        return identity
    }
}
