// Building chapter 2's application: the router, its routes and its error translation.
import Hummingbird
import WebSupport

/// Builds the chapter's application with the address and logger of `settings`.
///
/// Tests call this and drive it with `app.test(.router)`; only `main.swift`
/// opens a port. The exercise tests pass `parts` with one of yours.
func buildApplication(
    services: AuthServices, settings: ServerSettings = ServerSettings(), parts: FlaskStyleParts = FlaskStyleParts()
) -> some ApplicationProtocol {
    settings.application(router: buildRouter(services: services, parts: parts))
}

/// Builds the router: the Flask app's two routes, with every error turned
/// into a JSON answer by one middleware. `parts` are the chapter's own
/// unless an exercise test passes yours.
func buildRouter(services: AuthServices, parts: FlaskStyleParts = FlaskStyleParts()) -> Router<ChapterRequestContext> {
    let router = Router(context: ChapterRequestContext.self)
    // Added first, so it wraps every route and the not-found answer too.
    router.add(middleware: FlaskStyleErrorMiddleware(answer: parts.answer))
    router.post("login", use: login(services: services, checkCredentials: parts.checkCredentials))
    // The Swift shape of `@app.route('/profile')` over `@authenticate`.
    router.get("profile", use: parts.authenticate(services.tokens, profile))
    return router
}
