// Headers no honest client sends: random tokens, repeated, huge and non-UTF-8 ones, and no HTTP at all.
import Foundation
import HTTPTypes
import Hummingbird
import ServerTestSupport
import Testing

@Suite("Bad input: headers, on every server")
struct BadHeaderTests {
    @Test("Random bytes as tokens get 401 with a JSON error", arguments: ServerUnderTest.all)
    func randomTokens(server: ServerUnderTest) async throws {
        try await server.run(CapturedLog().logger) { _, client in
            for (index, token) in RandomTokens.make(count: 60, seed: 7).enumerated() {
                let answer = try await client.get(server.protectedPath, authorization: "Bearer \(token)")
                server.expectJSONError(answer, .unauthorized, "random token \(index)")
            }
            try await server.expectStillUp(client)
        }
    }

    @Test("Two Authorization headers, even with a valid token in each, get 401 with a JSON error", arguments: ServerUnderTest.all)
    func repeatedAuthorization(server: ServerUnderTest) async throws {
        try await server.run(CapturedLog().logger) { _, client in
            let token = try await server.logIn(client)
            var headers = HTTPFields()
            headers.append(HTTPField(name: .authorization, value: "Bearer \(token)"))
            headers.append(HTTPField(name: .authorization, value: "Bearer \(token)"))
            let answer = try await client.send(.get, server.protectedPath, headers: headers)
            server.expectJSONError(answer, .unauthorized, "two Authorization headers")
            try await server.expectStillUp(client)
        }
    }

    @Test("A 60 KB Authorization header and 500 other headers get a JSON answer, not a crash", arguments: ServerUnderTest.all)
    func hugeAndManyHeaders(server: ServerUnderTest) async throws {
        try await server.run(CapturedLog().logger) { _, client in
            let huge = try await client.get(server.protectedPath, authorization: "Bearer " + String(repeating: "a", count: 60_000))
            server.expectJSONError(huge, .unauthorized, "a 60 KB token")
            var many = HTTPFields()
            for index in 0..<500 {
                many.append(HTTPField(name: HTTPField.Name("X-Filler-\(index)")!, value: "v"))
            }
            let crowded = try await client.send(.get, server.protectedPath, headers: many)
            server.expectJSONError(crowded, .unauthorized, "500 headers and no token")
            try await server.expectStillUp(client)
        }
    }

    @Test("A token that is not UTF-8 gets 401 with a JSON error", arguments: ServerUnderTest.all)
    func tokenNotUTF8(server: ServerUnderTest) async throws {
        try await server.run(CapturedLog().logger) { port, client in
            let request =
                Array("GET \(server.protectedPath) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer ".utf8)
                + [0xFF, 0xFE, 0xC3, 0x28, 0x80] + Array("\r\n\r\n".utf8)
            let reply = try await RawHTTPExchange.send(request, port: port)
            #expect(reply.statusCode == 401, "\(server.name): \(reply.ending), \(String(decoding: reply.bytes.prefix(200), as: UTF8.self))")
            #expect(JSONError.message(in: reply.body, member: server.errorMember) != nil, "\(server.name): \(reply.body)")
            try await server.expectStillUp(client)
        }
    }

    // A request the HTTP parser cannot read never reaches the router, so no
    // chapter code runs: Hummingbird answers 400 with an empty body and
    // closes the connection. That is the one 4xx without a JSON body, and
    // the test pins it, so a change in Hummingbird shows up here.
    @Test(
        "Headers over the parser's limit, or no HTTP at all, get Hummingbird's 400 and a closed connection",
        arguments: ServerUnderTest.all)
    func unparseableRequests(server: ServerUnderTest) async throws {
        try await server.run(CapturedLog().logger) { port, client in
            let oversized =
                "GET \(server.protectedPath) HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: \(String(repeating: "a", count: 200_000))\r\n\r\n"
            for (what, request) in [
                ("a 200 KB header", oversized), ("no HTTP at all", "GARBAGE\r\n\r\n"),
                ("a bad header line", "GET / HTTP/1.1\r\nno colon here\r\n\r\n"),
            ] {
                let reply = try await RawHTTPExchange.send(Array(request.utf8), port: port)
                // Hummingbird writes its 400 and closes; when the client is still sending,
                // the close becomes a reset that may overtake the 400. Either way, the
                // request was refused without reaching a route.
                let refused = reply.statusCode == 400 || (reply.bytes.isEmpty && reply.ending == .reset)
                #expect(refused, "\(server.name), \(what): \(reply.ending), \(String(decoding: reply.bytes.prefix(200), as: UTF8.self))")
                #expect(reply.closedByServer, "\(server.name), \(what): the connection stayed open")
            }
            try await server.expectStillUp(client)
        }
    }
}
