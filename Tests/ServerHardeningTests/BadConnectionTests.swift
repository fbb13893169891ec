// Requests that never finish: the server must not wait on them, nor stop serving others.
import Foundation
import ServerTestSupport
import Testing

@Suite("Bad input: abandoned requests, on every server")
struct BadConnectionTests {
    @Test("Requests abandoned in the headers or in the body leave the server serving", arguments: ServerUnderTest.all)
    func abandonedRequests(server: ServerUnderTest) async throws {
        try await server.run(CapturedLog().logger) { port, client in
            let head = "POST \(server.loginPath) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: \(server.loginContentType)\r\n"
            let halfHeaders = head + "Content-Le"
            let halfBody = head + "Content-Length: 1000\r\n\r\n" + server.goodLogin
            for request in [halfHeaders, halfBody] {
                _ = try await RawHTTPExchange.send(Array(request.utf8), port: port, closeAfterSending: true)
            }
            // A client that sends half a body and then waits: the test waits a bounded
            // second for an answer that cannot come, then hangs up.
            let stalled = try await RawHTTPExchange.send(Array(halfBody.utf8), port: port, wait: 1)
            #expect(stalled.bytes.isEmpty, "\(server.name): answered a request whose body never arrived")
            try await server.expectStillUp(client)
        }
    }
}
