// The `authenticate` wrapper on its own: it guards any handler.
import Hummingbird
import HummingbirdTesting
import Testing
import WebSupport

@testable import Chapter02

@Suite("Chapter 2: the authenticate wrapper")
struct AuthenticateTests {
    @Test("The wrapped handler runs only with a valid token, and gets its claims")
    func wrappedHandlerGetsClaims() async throws {
        let services = try await Fixture.services()
        let router = Router(context: ChapterRequestContext.self)
        router.add(middleware: FlaskStyleErrorMiddleware())
        router.get("whoami", use: authenticate(with: services.tokens) { _, _, claims in claims.username })
        let token = try Fixture.token()
        let (withToken, without) = try await Application(router: router).test(.router) { client in
            (
                try await client.send(.get, "/whoami", headers: [.authorization: "Bearer \(token)"]),
                try await client.send(.get, "/whoami")
            )
        }
        #expect(withToken.body == "john_doe")
        #expect(without.body == #"{"error":"Missing token"}"#)
    }
}
