// One request of a chapter's `--demo`, and the status it should get.

/// One request the `--demo` runner sends, with the status it expects.
///
/// A header value or body may contain `{{name}}`, replaced by a value that
/// an earlier step remembered from its JSON response, such as the token a
/// login returned.
///
/// ```swift
/// let login = DemoStep.post(
///     "Log in as john_doe", "/login", json: #"{"username":"john_doe","password":"..."}"#,
///     expecting: 200, remembering: "token")
/// let profile = DemoStep.get(
///     "Read the profile", "/profile", headers: ["Authorization": "Bearer {{token}}"], expecting: 200)
/// ```
public struct DemoStep: Sendable {
    public let title: String
    public let method: String
    public let path: String
    /// Request headers as name and value, in the order they are printed.
    public let headers: [(name: String, value: String)]
    public let body: [UInt8]?
    public let expectedStatus: Int
    /// A string field of the JSON response to remember under its own name.
    public let remember: String?

    public init(
        title: String, method: String, path: String, headers: [(name: String, value: String)] = [],
        body: [UInt8]? = nil, expectedStatus: Int, remember: String? = nil
    ) {
        self.title = title
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
        self.expectedStatus = expectedStatus
        self.remember = remember
    }

    /// A GET request.
    public static func get(
        _ title: String, _ path: String, headers: KeyValuePairs<String, String> = [:], expecting status: Int
    ) -> DemoStep {
        DemoStep(
            title: title, method: "GET", path: path, headers: headers.map { ($0.key, $0.value) },
            expectedStatus: status)
    }

    /// A POST request with a JSON body.
    public static func post(
        _ title: String, _ path: String, json: String, expecting status: Int, remembering field: String? = nil
    ) -> DemoStep {
        DemoStep(
            title: title, method: "POST", path: path, headers: [("Content-Type", "application/json")],
            body: Array(json.utf8), expectedStatus: status, remember: field)
    }

    /// A POST request with an `application/x-www-form-urlencoded` body.
    public static func post(
        _ title: String, _ path: String, form: String, expecting status: Int, remembering field: String? = nil
    ) -> DemoStep {
        DemoStep(
            title: title, method: "POST", path: path,
            headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Array(form.utf8), expectedStatus: status, remember: field)
    }
}
