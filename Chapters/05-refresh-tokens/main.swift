// Chapter 5: refresh tokens done right. `swift run refresh-tokens --help` lists the options.
import WebSupport

// 1. Read the options: --host, --port, --database, --access-ttl, --demo, and --refresh-ttl.
let options = RefreshTokenOptions.parseOrExit()
let refreshTTL = options.refreshTTL

// 2. Load JWT_SECRET (or make a demo secret) and open the seeded user database.
let server = await ChapterServer.prepare(
    title: "Chapter 5: Refresh tokens", label: RefreshServices.audience, options: options.server)

// 3. Open the refresh-token table beside the users (purging long-expired rows)
//    and build both token services.
let services = await RefreshServices.prepare(server: server, refreshTTL: refreshTTL)

// 4. Build the router (login, refresh, logout, logout-all, profile) and serve it,
//    or, with --demo, send the chapter's requests to it and print them.
let demo = server.demo ? await refreshTokenDemo(services: services) : []
await server.run(examples: { refreshTokenCurlExamples(baseURL: $0, refreshTTL: refreshTTL) }, demo: demo) { settings in
    buildApplication(services: services, settings: settings)
}
