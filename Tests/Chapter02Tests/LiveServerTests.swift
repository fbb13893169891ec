// Chapter 2 over a real socket: one live test, and the --demo steps.
import Foundation
import HummingbirdTesting
import Testing
import WebSupport

@testable import Chapter02

@Suite("Chapter 2: live server")
struct LiveServerTests {
    @Test("Over a real socket, a login token opens the profile and the demo gets every expected answer")
    func liveLoginAndDemo() async throws {
        let services = try await Fixture.services()
        let app = buildApplication(services: services)
        let (profile, failures) = try await app.test(.live) { client in
            let login = try await client.postJSON("/login", LoginTests.john)
            let token = String(login.body.dropFirst(10).dropLast(2))
            let profile = try await client.profile(authorization: "Bearer \(token)")
            let demo = DemoRunner(baseURL: "http://localhost:\(client.port ?? 0)") { _ in }
            return (profile, await demo.run(flaskStyleDemo(services: services)))
        }
        #expect(profile.body == #"{"user_id":1,"username":"john_doe"}"#)
        #expect(failures == 0)
    }
}
