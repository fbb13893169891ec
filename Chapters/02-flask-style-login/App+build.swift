// Building chapter 2's application: the router, its routes and its error translation.
import Hummingbird
import WebSupport

/// Builds the chapter's application with the address and logger of `settings`.
///
/// Tests call this and drive it with `app.test(.router)`; only `main.swift`
/// opens a port.
func buildApplication(services: AuthServices, settings: ServerSettings = ServerSettings()) -> some ApplicationProtocol {
    Application(
        router: buildRouter(services: services),
        configuration: ApplicationConfiguration(address: settings.address),
        onServerRunning: { channel in await settings.onRunning(channel.localAddress?.port ?? 0) },
        logger: settings.logger
    )
}

/// Builds the router: the Flask app's two routes, with every error turned
/// into a JSON answer by one middleware.
func buildRouter(services: AuthServices) -> Router<ChapterRequestContext> {
    let router = Router(context: ChapterRequestContext.self)
    // Added first, so it wraps every route and the not-found answer too.
    router.add(middleware: FlaskStyleErrorMiddleware())
    router.post("login", use: login(services: services))
    // The Swift shape of `@app.route('/profile')` over `@authenticate`.
    router.get("profile", use: authenticate(with: services.tokens, profile))
    return router
}
