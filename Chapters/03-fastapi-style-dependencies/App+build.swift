// Building chapter 3's application: routes, dependencies and error translation.
import Hummingbird
import WebSupport

/// Builds the chapter's application with the address and logger of `settings`.
///
/// Tests call this and drive it with `app.test(.router)`; only `main.swift`
/// opens a port. The exercise tests pass `parts` with one of yours.
func buildApplication(
    services: AuthServices, settings: ServerSettings = ServerSettings(), parts: FastAPIStyleParts = FastAPIStyleParts()
) -> some ApplicationProtocol {
    settings.application(router: buildRouter(services: services, parts: parts))
}

/// Builds the router. Each protected route states its dependency in its
/// context type, as a FastAPI path operation does with `Depends(...)`.
/// `parts` are the chapter's own unless an exercise test passes yours.
func buildRouter(services: AuthServices, parts: FastAPIStyleParts = FastAPIStyleParts()) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    // Added first, so it wraps every route and the not-found answer too.
    router.add(middleware: FastAPIStyleErrorMiddleware(challenge: parts.challenge))

    router.post("login", use: login(services: services, readForm: parts.readForm))
    router.get("openapi.json") { _, _ in OpenAPIDocument.response }

    // Routes that need a user: the authenticator reads the bearer token once
    // per request, then Hummingbird builds a CurrentUserContext from it.
    let authenticated = router.group()
        .add(middleware: BearerTokenAuthenticator(services: services, findUser: parts.findUser))
        .add(middleware: AdminCheckMiddleware(requireAdmin: parts.requireAdmin))
        .group(context: CurrentUserContext.self)

    // FastAPI: def read_me(user: User = Depends(get_current_user))
    authenticated.get("users/me") { _, context in
        context.currentUser
    }

    // FastAPI: def list_users(admin: User = Depends(require_admin))
    authenticated.group(context: AdminContext.self).get("admin/users") { _, _ in
        try await services.users.allUsers()
    }
    return router
}
