// Chapter 2: a Flask-style login server. `swift run flask-style-login --help` lists the options.
import WebSupport

// 1. Read the options: --host, --port, --database, --access-ttl, --demo.
let options = ServerOptions.parseOrExit()

// 2. Load JWT_SECRET (or make a demo secret) and open the seeded user database.
let server = await ChapterServer.prepare(
    title: "Chapter 2: Flask-style login", label: "flask-style-login", options: options)

// 3. Build the router (POST /login, GET /profile behind `authenticate`) and serve it,
//    or, with --demo, send the chapter's requests to it and print them.
await server.run(examples: flaskStyleCurlExamples, demo: flaskStyleDemo(services: server.services)) { settings in
    buildApplication(services: server.services, settings: settings)
}
