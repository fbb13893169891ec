// Where and how a chapter's application runs: address, logger, ready callback.
import Hummingbird
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
