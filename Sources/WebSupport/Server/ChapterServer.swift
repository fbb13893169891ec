// Starting a chapter's server: set-up from options and environment, then serve or demo.
import ArgumentParser
import Foundation
import Hummingbird
import ServiceLifecycle

/// A chapter's server, set up from its ``ServerOptions`` and the
/// environment, ready to serve or to run its demo.
///
/// A chapter's `main.swift` reads like its table of contents:
///
/// ```swift
/// let options = ServerOptions.parseOrExit()
/// let server = await ChapterServer.prepare(title: "Chapter 2", label: "flask-style-login", options: options)
/// await server.run(examples: curlExamples, demo: demoSteps) { settings in
///     buildApplication(services: server.services, settings: settings)
/// }
/// ```
public struct ChapterServer: Sendable {
    public let title: String
    /// The product name, used as the logger's label.
    public let label: String
    public let host: String
    public let port: Int
    public let demo: Bool
    public let secret: SigningSecret
    public let services: AuthServices
    public let databasePath: String?
    public let accessTTL: Int

    /// Reads `JWT_SECRET`, opens the user store and builds the services; on a
    /// bad configuration it prints a clear message and exits with status 1.
    ///
    /// `label` is the chapter's product name: the logger's label and the
    /// audience (`aud`) of its tokens, so a token from another chapter is refused.
    public static func prepare(
        title: String, label: String, options: ServerOptions,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async -> ChapterServer {
        do {
            let secret = try SigningSecret.load(from: environment)
            let services = try await AuthServices.make(
                databasePath: options.database, key: secret.key, audience: label, accessTTL: options.accessTTL)
            return ChapterServer(
                title: title, label: label, host: options.host, port: options.port, demo: options.demo, secret: secret,
                services: services, databasePath: options.database, accessTTL: options.accessTTL)
        } catch {
            ServerOptions.exit(withError: error)
        }
    }

    /// Builds the application with `makeApplication` and either serves until
    /// Ctrl-C, printing the banner once listening, or, with `--demo`, starts
    /// it on a free port, runs `demo` against it and stops.
    ///
    /// `makeApplication` gets the address to bind, the logger, and a function
    /// to call with the port once the server listens. In the demo the logger
    /// shows only warnings, so the printed exchange stays readable. When the
    /// server cannot run (the port is taken, say) or a demo step gets an
    /// unexpected answer, it prints why and exits with status 1.
    public func run<App: ApplicationProtocol>(
        examples: @escaping @Sendable (_ baseURL: String) -> [CurlExample],
        demo steps: [DemoStep],
        makeApplication: (ServerSettings) -> App
    ) async {
        do {
            if demo {
                let failures = try await runDemo(steps, makeApplication: makeApplication)
                if failures > 0 { ServerOptions.exit(withError: ExitCode.failure) }
            } else {
                try await serve(examples: examples, makeApplication: makeApplication)
            }
        } catch {
            ServerOptions.exit(withError: WebError.invalidConfiguration("The server could not run: \(error)"))
        }
    }

    /// Serves until Ctrl-C, printing the banner once the server listens.
    private func serve<App: ApplicationProtocol>(
        examples: @escaping @Sendable (_ baseURL: String) -> [CurlExample],
        makeApplication: (ServerSettings) -> App
    ) async throws {
        let banner = { @Sendable (port: Int) in
            let baseURL = "http://\(host):\(port)"
            StartupBanner(
                title: title, baseURL: baseURL, secretAnnouncement: secret.announcement,
                databasePath: databasePath, accessTTL: accessTTL, examples: examples(baseURL)
            ).print()
        }
        let settings = ServerSettings(address: .hostname(host, port: port), label: label, onRunning: banner)
        try await makeApplication(settings).runService()
    }

    /// Starts the application on a free port of 127.0.0.1, runs `steps`
    /// against it, shuts it down gracefully, and returns the number of
    /// unexpected answers.
    private func runDemo<App: ApplicationProtocol>(
        _ steps: [DemoStep], makeApplication: (ServerSettings) -> App
    ) async throws -> Int {
        Console.write([title + ": demo", secret.announcement])
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let settings = ServerSettings(address: .hostname("127.0.0.1", port: 0), label: label, logLevel: .warning) {
            port in portContinuation.yield(port)
        }
        let app = makeApplication(settings)
        let serviceGroup = ServiceGroup(services: [app], logger: app.logger)
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                defer { portContinuation.finish() }
                try await serviceGroup.run()
            }
            var failures = 0
            var iterator = ports.makeAsyncIterator()
            if let port = await iterator.next() {
                failures = await DemoRunner(baseURL: "http://127.0.0.1:\(port)").run(steps)
            }
            await serviceGroup.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return failures
        }
    }
}
