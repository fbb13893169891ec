// Sending a chapter's demo requests to its own server and printing the exchange.
import Foundation
import Hummingbird

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends ``DemoStep``s over real HTTP to a running server and prints each
/// request and response, much as `curl -i` would.
///
/// It uses `URLSession`, the HTTP client every Swift developer has, so the
/// demo goes through the same socket path as curl.
public struct DemoRunner: Sendable {
    public let baseURL: String
    /// Where the printed exchange goes: standard output, or nowhere in tests.
    private let output: @Sendable ([String]) -> Void

    /// Creates a runner that prints to `output`, or to standard output when it is `nil`.
    public init(baseURL: String, output: (@Sendable ([String]) -> Void)? = nil) {
        self.baseURL = baseURL
        self.output = output ?? { Console.write($0) }
    }

    /// Runs `steps` in order and returns how many got a status other than the expected one.
    public func run(_ steps: [DemoStep]) async -> Int {
        var remembered: [String: String] = [:]
        var failures = 0
        for (number, step) in steps.enumerated() {
            output(["", "── \(number + 1). \(step.title) " + String(repeating: "─", count: max(3, 60 - step.title.count))])
            let headers = step.headers.map { ($0.name, Self.fill($0.value, with: remembered)) }
            let body = step.body.map { Array(Self.fill(String(decoding: $0, as: UTF8.self), with: remembered).utf8) }
            var printed = ["> \(step.method) \(step.path)"]
            printed += headers.map { "> \($0.0): \(Self.shortened($0.1))" }
            if let body { printed += [">", "> " + String(decoding: body, as: UTF8.self)] }
            output(printed)
            do {
                let (status, responseHeaders, responseBody) = try await send(step, headers: headers, body: body)
                var lines = ["", "< \(status) \(Self.reasonPhrase(status))"]
                lines += responseHeaders.map { "< \($0.name): \($0.value)" }
                lines += ["<", "< " + Self.abbreviated(String(decoding: responseBody, as: UTF8.self))]
                if status != step.expectedStatus {
                    failures += 1
                    lines.append("!! expected \(step.expectedStatus), got \(status)")
                }
                output(lines)
                if let field = step.remember, let value = Self.stringField(field, in: responseBody) {
                    remembered[field] = value
                }
            } catch {
                failures += 1
                output(["!! the request failed: \(error)"])
            }
        }
        output(["", failures == 0 ? "The demo got every expected answer." : "\(failures) step(s) got an unexpected answer."])
        return failures
    }

    private func send(_ step: DemoStep, headers: [(String, String)], body: [UInt8]?) async throws -> (
        Int, [(name: String, value: String)], [UInt8]
    ) {
        guard let url = URL(string: baseURL + step.path) else { throw URLError(.badURL) }
        var request = URLRequest(url: url)
        request.httpMethod = step.method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body.map { Data($0) }
        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
        // Only the headers this workbook teaches are printed.
        let shown = ["Content-Type", "Cache-Control", "WWW-Authenticate"].compactMap { name in
            http.value(forHTTPHeaderField: name).map { (name: name, value: $0) }
        }
        return (http.statusCode, shown, Array(data))
    }

    /// Replaces `{{name}}` with the value remembered under `name`.
    static func fill(_ text: String, with values: [String: String]) -> String {
        values.reduce(text) { result, entry in result.replacingOccurrences(of: "{{\(entry.key)}}", with: entry.value) }
    }

    /// Keeps a long header value, such as a bearer token, to its first
    /// characters so the printed request stays readable.
    static func shortened(_ value: String) -> String {
        value.count > 60 ? String(value.prefix(40)) + "…" : value
    }

    /// The reason phrase of the statuses the chapters send.
    static func reasonPhrase(_ code: Int) -> String {
        let known: [HTTPResponse.Status] = [
            .ok, .created, .noContent, .badRequest, .unauthorized, .forbidden, .notFound, .methodNotAllowed,
            .contentTooLarge, .unsupportedMediaType, .unprocessableContent, .internalServerError,
        ]
        return known.first { $0.code == code }?.reasonPhrase ?? ""
    }

    static func abbreviated(_ text: String) -> String {
        text.count <= 700 ? text : String(text.prefix(700)) + "… (\(text.utf8.count) bytes in all)"
    }

    static func stringField(_ name: String, in body: [UInt8]) -> String? {
        let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
        return object?[name] as? String
    }
}
