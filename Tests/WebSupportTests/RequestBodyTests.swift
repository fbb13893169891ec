// Reading JSON and form bodies through a real Hummingbird router.
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebSupport

@Suite("Request bodies")
struct RequestBodyTests {
    struct Credentials: Decodable {
        let username: String
        let password: String
    }

    /// A router whose routes answer 200 with what they read, or 400 with the WebError's code.
    static func app() -> some ApplicationProtocol {
        let router = Router(context: ChapterRequestContext.self)
        router.post("json") { request, _ -> Response in
            do {
                let body = try await request.decodeJSONBody(as: Credentials.self)
                return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: body.username)))
            } catch let error as WebError {
                return Response(status: .badRequest, body: .init(byteBuffer: ByteBuffer(string: error.code)))
            }
        }
        router.post("form") { request, _ -> Response in
            do {
                let form = try await request.decodeFormBody()
                return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: form["username"] ?? "-")))
            } catch let error as WebError {
                return Response(status: .badRequest, body: .init(byteBuffer: ByteBuffer(string: error.code)))
            }
        }
        return Application(router: router)
    }

    static func post(_ uri: String, _ body: [UInt8], contentType: String = "application/json") async throws -> (
        HTTPResponse.Status, String
    ) {
        try await app().test(.router) { client in
            try await client.execute(
                uri: uri, method: .post, headers: [.contentType: contentType], body: ByteBuffer(bytes: body)
            ) { response in (response.status, String(buffer: response.body)) }
        }
    }

    @Test("A JSON object with both fields decodes")
    func validJSONDecodes() async throws {
        let (status, body) = try await Self.post("/json", Array(#"{"username":"john_doe","password":"x"}"#.utf8))
        #expect(status == .ok)
        #expect(body == "john_doe")
    }

    @Test(
        "A bad JSON body names its problem",
        arguments: [
            ("", "malformed_body"), ("   ", "malformed_body"), ("{", "malformed_body"), ("[1,2]", "malformed_body"),
            ("\"text\"", "malformed_body"), (#"{"username":"john_doe"}"#, "missing_fields"),
            (#"{"username":1,"password":"x"}"#, "invalid_field"), (#"{"username":null,"password":"x"}"#, "invalid_field"),
        ])
    func badJSONNamesProblem(body: String, code: String) async throws {
        let (status, answer) = try await Self.post("/json", Array(body.utf8))
        #expect(status == .badRequest)
        #expect(answer == code)
    }

    @Test(
        "A JSON body must say it is JSON; a form, plain text or no Content-Type is refused",
        arguments: [
            ("application/json", true), ("application/json; charset=utf-8", true), ("Application/JSON", true),
            ("application/merge-patch+json", true), ("application/x-www-form-urlencoded", false), ("text/plain", false),
            ("", false), ("application/jsonx", false), ("text/json", false),
        ])
    func jsonContentTypeIsRequired(contentType: String, accepted: Bool) async throws {
        let (status, answer) = try await Self.post(
            "/json", Array(#"{"username":"john_doe","password":"x"}"#.utf8), contentType: contentType)
        #expect(status == (accepted ? .ok : .badRequest))
        #expect(answer == (accepted ? "john_doe" : "unsupported_media_type"))
    }

    @Test("Bytes that are not UTF-8 are refused as such")
    func nonUTF8IsRefused() async throws {
        let (json, jsonAnswer) = try await Self.post("/json", [0x7B, 0xFF, 0xFE, 0x7D])
        let (form, formAnswer) = try await Self.post(
            "/form", [0x75, 0x3D, 0xC3, 0x28], contentType: "application/x-www-form-urlencoded")
        #expect(json == .badRequest && jsonAnswer == "body_not_utf8")
        #expect(form == .badRequest && formAnswer == "body_not_utf8")
    }

    @Test("A body over the limit is refused")
    func oversizedBodyIsRefused() async throws {
        let big = Array(repeating: UInt8(ascii: "a"), count: RequestLimits.maxBodyBytes + 1)
        let (status, answer) = try await Self.post("/json", big)
        #expect(status == .badRequest)
        #expect(answer == "body_too_large")
    }

    @Test("A form body is read only with the form content type")
    func formNeedsContentType() async throws {
        let body = Array("username=jane_admin".utf8)
        let (_, asForm) = try await Self.post("/form", body, contentType: "application/x-www-form-urlencoded; charset=utf-8")
        let (_, asJSON) = try await Self.post("/form", body, contentType: "application/json")
        #expect(asForm == "jane_admin")
        #expect(asJSON == "-")
    }
}
