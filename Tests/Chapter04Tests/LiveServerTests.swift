// Chapter 4 over a real socket: one live test, and the --demo steps.
import Foundation
import HummingbirdTesting
import Testing
import WebSupport

@testable import Chapter04

@Suite("Chapter 4: live server")
struct LiveServerTests {
    @Test("Over a real socket, /login is public, its token opens /profile, and the demo gets every expected answer")
    func liveLoginAndDemo() async throws {
        let services = try await Fixture.services()
        let app = buildApplication(services: services, settings: Fixture.quiet)
        let (profile, failures) = try await app.test(.live) { client in
            let token = try await client.logIn()
            let profile = try await client.get("/profile", authorization: "Bearer \(token)")
            let demo = DemoRunner(baseURL: "http://localhost:\(client.port ?? 0)") { _ in }
            return (profile, await demo.run(authMiddlewareDemo(services: services)))
        }
        #expect(profile.body == #"{"user_id":1,"username":"john_doe"}"#)
        // Hummingbird's request ids are hex: a random per-process prefix of up to 16 digits
        // (without leading zeros), then a 16-digit counter.
        let requestID = try #require(profile.headers[.requestID])
        #expect((17...32).contains(requestID.count) && requestID.allSatisfy(\.isHexDigit))
        #expect(failures == 0)
    }
}
