// The --demo runner: placeholders, shortening, and counting unexpected answers.
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebSupport

@Suite("Demo runner")
struct DemoRunnerTests {
    @Test("Remembered values fill their placeholders")
    func placeholdersAreFilled() {
        let text = DemoRunner.fill("Bearer {{token}}", with: ["token": "abc"])
        #expect(text == "Bearer abc")
    }

    @Test("Long header values are shortened for printing")
    func longValuesAreShortened() {
        let short = DemoRunner.shortened("Bearer abc")
        let long = DemoRunner.shortened("Bearer " + String(repeating: "x", count: 100))
        #expect(short == "Bearer abc")
        #expect(long.count == 41 && long.hasSuffix("…"))
    }

    @Test("Over a real socket, the runner remembers a field and counts unexpected statuses")
    func runnerTalksHTTP() async throws {
        let router = Router()
        router.post("login") { _, _ in ["token": "t0k3n"] }
        // Answers 200 only when the remembered token came back in the header.
        router.get("echo") { request, _ -> HTTPResponse.Status in
            request.headers[.authorization] == "Bearer t0k3n" ? .ok : .unauthorized
        }
        let app = Application(router: router)
        let failures = try await app.test(.live) { client in
            let steps: [DemoStep] = [
                .post("Log in", "/login", json: "{}", expecting: 200, remembering: "token"),
                .get("Echo", "/echo", headers: ["Authorization": "Bearer {{token}}"], expecting: 200),
                .get("Missing", "/missing", expecting: 200),
            ]
            return await DemoRunner(baseURL: "http://localhost:\(client.port ?? 0)") { _ in }.run(steps)
        }
        #expect(failures == 1)
    }
}
