// The chapters' JSON answers: the bytes JSONEncoder with sorted keys writes, through JWTCore's encoder.
import Foundation
import Hummingbird
import HummingbirdTesting
import JWTCore
import Testing

@testable import WebSupport

@Suite("Sorted JSON answers")
struct SortedJSONEncoderTests {
    /// What the chapters answered with before: `JSONEncoder` with sorted keys and unescaped slashes.
    static func jsonEncoderBytes(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }

    struct Nested: Encodable {
        let title: String
        let tags: [String]
        let owner: User?
        let missing: Int?
        let ratio: Double
        let scores: [String: Int]
    }

    @Test("Every shape the chapters answer with is written byte for byte as JSONEncoder writes it")
    func sameBytesAsJSONEncoder() throws {
        let john = DemoUser.john.user
        #expect(try CompactJSON.encode(john) == Self.jsonEncoderBytes(john))
        let users = DemoUser.all.map(\.user)
        #expect(try CompactJSON.encode(users) == Self.jsonEncoderBytes(users))
        let error = ["error": "Token \"a/b\" is über-wrong\\ ✓ \u{8}\u{C}\u{1}\u{1F}\r"]
        #expect(try CompactJSON.encode(error) == Self.jsonEncoderBytes(error))
        let nested = Nested(
            title: "line\nbreak\ttab", tags: ["z", "a"], owner: john, missing: nil, ratio: 0.25, scores: ["b": 2, "a": -1])
        #expect(try CompactJSON.encode(nested) == Self.jsonEncoderBytes(nested))
        #expect(try CompactJSON.encode("plain") == Self.jsonEncoderBytes("plain"))
        #expect(try CompactJSON.encode([Int]()) == Self.jsonEncoderBytes([Int]()))
    }

    @Test("A value JSON cannot hold is an error: JWTCore's usage error, a 500 from a route")
    func infinityIsRefused() async throws {
        #expect(throws: JWTError.self) { try CompactJSON.encode(["score": Double.infinity]) }
        let router = Router(context: ChapterRequestContext.self)
        router.get("score") { _, _ in ["score": Double.nan] }
        try await Application(router: router).test(.router) { client in
            try await client.execute(uri: "/score", method: .get) { response in
                #expect(response.status == .internalServerError)
            }
        }
    }

    @Test("A route's answer is JSON with sorted keys, its type and its length")
    func routeAnswersWithSortedJSON() async throws {
        let router = Router(context: ChapterRequestContext.self)
        router.get("me") { _, _ in DemoUser.john.user }
        try await Application(router: router).test(.router) { client in
            try await client.execute(uri: "/me", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(response.headers[.contentLength] == String(response.body.readableBytes))
                #expect(String(buffer: response.body) == #"{"id":1,"role":"user","username":"john_doe"}"#)
            }
        }
    }
}
