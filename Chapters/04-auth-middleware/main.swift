// Chapter 4: authentication middleware. `swift run auth-middleware --help` lists the options.
import WebSupport

// 1. Read the options: --host, --port, --database, --access-ttl, --demo.
let options = ServerOptions.parseOrExit()

// 2. Load JWT_SECRET (or make a demo secret) and open the seeded user database.
let server = await ChapterServer.prepare(
    title: "Chapter 4: authentication middleware", label: "auth-middleware", options: options)

// 3. Build the router (log, errors, the global gate with its public routes, the /api
//    group with its own gate and role check) and serve it, or run the demo against it.
await server.run(examples: authMiddlewareCurlExamples, demo: authMiddlewareDemo(services: server.services)) { settings in
    buildApplication(services: server.services, settings: settings)
}
