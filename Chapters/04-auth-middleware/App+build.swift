// Building chapter 4's application: the middleware in order, the public routes, the /api group.
import Hummingbird
import WebSupport

/// Builds the chapter's application with the address and logger of `settings`.
///
/// Tests call this and drive it with `app.test(.router)`; only `main.swift`
/// opens a port. The exercise tests pass `parts` with one of yours.
func buildApplication(
    services: AuthServices, notebook: Notebook = .demo, settings: ServerSettings = ServerSettings(),
    parts: MiddlewareParts = MiddlewareParts()
) -> some ApplicationProtocol {
    settings.application(router: buildRouter(services: services, notebook: notebook, parts: parts))
}

/// Builds the router. Hummingbird wraps each route in the middleware added
/// before it, in the order added, so the order of these lines is the order
/// in which a request meets the middleware. `parts` are the chapter's own
/// unless a test passes others, such as a public-route check that lets
/// nothing through, to rebuild the article's hook.
func buildRouter(
    services: AuthServices, notebook: Notebook = .demo, parts: MiddlewareParts = MiddlewareParts()
) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    // 1. Log: outermost, so every request gets a request id and one log line.
    router.add(middleware: RequestLogMiddleware())
    // 2. Errors become {"error": ...} answers inside the log, which then logs the real status.
    router.add(middleware: FlaskStyleErrorMiddleware())

    // The second pattern, Flask's blueprint: /api brings its own gate, and
    // /api/admin a role check after it. Added before the global gate, these
    // routes are not wrapped in it, so each request is authenticated once.
    parts.addAPIRoutes(
        router, AuthenticationMiddleware(services: services, authenticate: parts.authenticate), parts.requireRole(.admin),
        notes(in: notebook), { _, _ in try await services.users.allUsers() })

    // The first pattern, Flask's before_request: one gate in front of every
    // route added after it, and of the not-found answer, except the public ones.
    router.add(middleware: AuthenticationMiddleware(services: services, isPublic: parts.isPublic, authenticate: parts.authenticate))
    router.post("login", use: login(services: services))
    router.get("health") { _, _ in Health.ok }
    router.get("profile", use: profile)
    return router
}

/// Adds the `/api` route group: authenticate, then (for `/api/admin`) authorize, then the handler.
func addAPIRoutes(
    to router: Router<AppRequestContext>, gate: AnyMiddleware, requireAdmin: AnyMiddleware,
    notes: @escaping APIHandler<[Note]>, users: @escaping APIHandler<[User]>
) {
    let api = router.group("api").add(middleware: gate)
    api.get("notes", use: notes)

    api.group("admin")
        .add(middleware: requireAdmin)
        .get("users", use: users)
}
