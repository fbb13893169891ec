// Requests that never finish: the server must not wait on them, nor stop serving others.
import Foundation
import ServerTestSupport
import Testing

@Suite("Bad input: abandoned requests, on every server")
struct BadConnectionTests {
    @Test("Requests abandoned in the headers or in the body leave the server serving", arguments: ServerUnderTest.all)
    func abandonedRequests(server: ServerUnderTest) async throws {
        try await server.run(CapturedLog().logger, idleTimeout: .seconds(1)) { port, _ in
            let head = "POST \(server.loginPath) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: \(server.loginContentType)\r\n"
            let halfHeaders = head + "Content-Le"
            let halfBody = head + "Content-Length: 1000\r\n\r\n" + server.goodLogin
            for request in [halfHeaders, halfBody] {
                _ = try await RawHTTPExchange.send(Array(request.utf8), port: port, closeAfterSending: true)
            }
            // A client that sends half a body and then waits: the server closes the
            // connection once it has been idle for its timeout (one second here, 30 by
            // default), well before the test's own bound of 30 seconds.
            let stalled = try await RawHTTPExchange.send(Array(halfBody.utf8), port: port)
            #expect(stalled.closedByServer, "\(server.name): a stalled request held its connection: \(stalled.ending)")
            #expect(stalled.statusCode.map { $0 >= 400 } ?? true, "\(server.name): answered a request whose body never arrived")
            try await server.expectStillServing(port: port)
        }
    }
}
