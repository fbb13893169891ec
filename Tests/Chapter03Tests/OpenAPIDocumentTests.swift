// GET /openapi.json: an OpenAPI 3.1 document with the OAuth2 password scheme.
import Foundation
import Testing

@testable import Chapter03

@Suite("Chapter 3: GET /openapi.json")
struct OpenAPIDocumentTests {
    @Test("The document is OpenAPI 3.1 JSON with every route and the OAuth2 password flow")
    func documentDescribesTheAPI() async throws {
        let answer = try await withChapter3 { try await $0.send(.get, "/openapi.json") }
        #expect(answer.status == .ok)
        #expect(answer.headers[.contentType] == "application/json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        #expect(Set(paths.keys) == ["/login", "/users/me", "/admin/users"])
        #expect(paths["/login"]?["post"] != nil)
        for protected in ["/users/me", "/admin/users"] {
            let operation = paths[protected]?["get"] as? [String: Any]
            let security = operation?["security"] as? [[String: [String]]]
            #expect(security?.first?["OAuth2PasswordBearer"] == [], "\(protected) names the security scheme")
        }
        let components = document["components"] as? [String: Any]
        let schemes = components?["securitySchemes"] as? [String: [String: Any]]
        let scheme = try #require(schemes?["OAuth2PasswordBearer"])
        let flows = scheme["flows"] as? [String: [String: Any]]
        #expect(scheme["type"] as? String == "oauth2")
        #expect(flows?["password"]?["tokenUrl"] as? String == "/login")
    }

    @Test("Every path in the document answers something other than 404")
    func everyDocumentedPathExists() async throws {
        let statuses = try await withChapter3 { client in
            [
                try await client.postForm("/login", "").status,
                try await client.get("/users/me", authorization: nil).status,
                try await client.get("/admin/users", authorization: nil).status,
            ]
        }
        #expect(statuses == [.unprocessableContent, .unauthorized, .unauthorized])
    }
}
