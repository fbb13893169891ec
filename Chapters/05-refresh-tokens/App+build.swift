// Building chapter 5's application: the router, its routes and its error translation.
import Hummingbird
import WebSupport

/// Builds the chapter's application with the address and logger of `settings`.
///
/// Tests call this and drive it with `app.test(.router)`; only `main.swift`
/// opens a port.
func buildApplication(services: RefreshServices, settings: ServerSettings = ServerSettings()) -> some ApplicationProtocol {
    settings.application(router: buildRouter(services: services))
}

/// Builds the router: chapter 2's login and profile, plus refresh and the two logouts.
func buildRouter(services: RefreshServices) -> Router<ChapterRequestContext> {
    let router = Router(context: ChapterRequestContext.self)
    // Added first, so it wraps every route and the not-found answer too.
    router.add(middleware: FlaskStyleErrorMiddleware())
    router.post("login", use: login(services: services))
    router.post("refresh", use: refresh(services: services))
    router.post("logout", use: logout(services: services))
    // The routes that need an access token go through `authenticate`.
    router.post("logout-all", use: authenticate(with: services.accessTokens, logoutAll(services: services)))
    router.get("profile", use: authenticate(with: services.accessTokens, profile))
    return router
}
