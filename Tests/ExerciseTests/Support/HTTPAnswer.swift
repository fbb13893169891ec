// What the server chapters' exercise tests read from a response, and how they send requests.
import Hummingbird
import HummingbirdTesting

/// A response as a test reads it: status, headers and body text.
struct Answer: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: String
}

extension TestClientProtocol {
    /// Sends a request and returns the answer.
    ///
    /// ```swift
    /// let answer = try await client.send(.get, "/profile", headers: [.authorization: "Bearer \(token)"])
    /// ```
    func send(
        _ method: HTTPRequest.Method, _ uri: String, headers: HTTPFields = [:], body: [UInt8]? = nil
    ) async throws -> Answer {
        try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) }) { response in
            Answer(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// Sends a GET with an `Authorization` header, or none when `authorization` is `nil`.
    func get(_ uri: String, authorization: String?) async throws -> Answer {
        try await send(.get, uri, headers: authorization.map { [.authorization: $0] } ?? [:])
    }

    /// Posts a JSON body given as text.
    func postJSON(_ uri: String, _ json: String) async throws -> Answer {
        try await send(.post, uri, headers: [.contentType: "application/json"], body: Array(json.utf8))
    }

    /// Posts an `application/x-www-form-urlencoded` body given as text.
    func postForm(_ uri: String, _ form: String) async throws -> Answer {
        try await send(.post, uri, headers: [.contentType: "application/x-www-form-urlencoded"], body: Array(form.utf8))
    }
}
