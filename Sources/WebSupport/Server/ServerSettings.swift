// Where and how a chapter's application runs: address, logger, ready callback.
import Hummingbird
import HummingbirdCore
import Logging

/// Where a chapter's application listens, what it logs, and whom it tells
/// once it listens.
///
/// A chapter's `buildApplication(services:settings:)` takes one; the
/// defaults suit tests, which never open a port with `app.test(.router)`.
///
/// ```swift
/// let settings = ServerSettings(address: .hostname("127.0.0.1", port: 0), label: "flask-style-login")
/// ```
public struct ServerSettings: Sendable {
    public var address: BindAddress
    public var logger: Logger
    /// Called with the port once the server listens (the real one when the
    /// address asked for port 0).
    public var onRunning: @Sendable (Int) async -> Void
    /// How long a connection may stay silent, in the middle of a request or
    /// between two, before the server closes it. Without it, a client that
    /// sends half a request and waits would hold its connection forever.
    public var idleTimeout: Duration = .seconds(30)

    public init(
        address: BindAddress = .hostname("127.0.0.1", port: 8080),
        label: String = "jwt-auth-workbook",
        logLevel: Logger.Level = .info,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) {
        var logger = Logger(label: label)
        logger.logLevel = logLevel
        self.address = address
        self.logger = logger
        self.onRunning = onRunning
    }
}

extension ServerSettings {
    /// Builds a chapter's application on `router`, listening where these
    /// settings say, logging to their logger, and closing idle connections.
    ///
    /// ```swift
    /// settings.application(router: buildRouter(services: services))
    /// ```
    public func application<Router: HTTPResponderBuilder>(router: Router) -> Application<Router.Responder> {
        // At most a year, so the conversion to nanoseconds cannot overflow.
        let idle = min(idleTimeout, .seconds(365 * 24 * 3600)).components
        let idleNanoseconds = idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000
        return Application(
            router: router,
            server: .http1(configuration: HTTP1Channel.Configuration(idleTimeout: .nanoseconds(idleNanoseconds))),
            configuration: ApplicationConfiguration(address: address),
            onServerRunning: { [onRunning] channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }
}
