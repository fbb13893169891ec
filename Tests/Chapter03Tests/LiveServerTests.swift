// Chapter 3 over a real socket: one live test, and the --demo steps.
import Foundation
import HummingbirdTesting
import Testing
import WebSupport

@testable import Chapter03

@Suite("Chapter 3: live server")
struct LiveServerTests {
    @Test("Over a real socket, a form login opens /users/me and the demo gets every expected answer")
    func liveLoginAndDemo() async throws {
        let services = try await Fixture.services()
        let app = buildApplication(services: services)
        let (me, failures) = try await app.test(.live) { client in
            let login = try await client.postForm("/login", LoginTests.john)
            let token = try #require(login.body.firstMatch(of: #/"access_token":"([^"]+)"/#)?.1)
            let me = try await client.get("/users/me", authorization: "Bearer \(token)")
            let demo = DemoRunner(baseURL: "http://localhost:\(client.port ?? 0)") { _ in }
            return (me, await demo.run(fastAPIStyleDemo(services: services)))
        }
        #expect(me.body == #"{"id":1,"role":"user","username":"john_doe"}"#)
        #expect(failures == 0)
    }
}
