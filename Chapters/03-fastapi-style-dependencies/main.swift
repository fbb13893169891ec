// Chapter 3: FastAPI-style dependencies. `swift run fastapi-style-dependencies --help` lists the options.
import WebSupport

// 1. Read the options: --host, --port, --database, --access-ttl, --demo.
let options = ServerOptions.parseOrExit()

// 2. Load JWT_SECRET (or make a demo secret) and open the seeded user database.
let server = await ChapterServer.prepare(
    title: "Chapter 3: FastAPI-style dependencies", label: "fastapi-style-dependencies", options: options)

// 3. Build the router (OAuth2 password login, the current-user and admin
//    dependencies, /openapi.json) and serve it, or run the demo against it.
await server.run(examples: fastAPIStyleCurlExamples, demo: fastAPIStyleDemo(services: server.services)) { settings in
    buildApplication(services: server.services, settings: settings)
}
