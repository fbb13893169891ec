// What the server chapters' tests read from a response, and how they send requests in process.
import Hummingbird
import HummingbirdTesting

/// A response as a test reads it: status, headers and body text.
public struct Answer: Sendable {
    public let status: HTTPResponse.Status
    public let headers: HTTPFields
    public let body: String

    public init(status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

extension TestClientProtocol {
    /// Sends a request and returns the answer.
    ///
    /// ```swift
    /// let answer = try await client.send(.get, "/profile", headers: [.authorization: "Bearer \(token)"])
    /// ```
    public func send(
        _ method: HTTPRequest.Method, _ uri: String, headers: HTTPFields = [:], body: [UInt8]? = nil
    ) async throws -> Answer {
        try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) }) { response in
            Answer(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// Sends a GET with an `Authorization` header, or none when `authorization` is `nil`.
    public func get(_ uri: String, authorization: String?) async throws -> Answer {
        try await send(.get, uri, headers: authorization.map { [.authorization: $0] } ?? [:])
    }

    /// Posts a JSON body given as text, with any other `headers`.
    public func postJSON(_ uri: String, _ json: String, headers: HTTPFields = [:]) async throws -> Answer {
        var headers = headers
        headers[.contentType] = "application/json"
        return try await send(.post, uri, headers: headers, body: Array(json.utf8))
    }

    /// Posts an `application/x-www-form-urlencoded` body given as text.
    public func postForm(_ uri: String, _ form: String) async throws -> Answer {
        try await send(.post, uri, headers: [.contentType: "application/x-www-form-urlencoded"], body: Array(form.utf8))
    }
}
