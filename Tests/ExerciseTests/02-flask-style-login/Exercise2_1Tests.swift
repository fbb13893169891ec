// Exercise 2.1: the learner's bearer-token reader, inside chapter 2's own authenticate wrapper and router.
import Exercises02
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter02

/// Chapter 2's parts, with the learner's token reader inside the chapter's `authenticate`.
private let parts = FlaskStyleParts(authenticate: { tokens, handler in
    Chapter02.authenticate(with: tokens, readingTokenWith: { try Exercises02.bearerToken(fromAuthorization: $0) }, handler)
})

/// Reads the profile with `authorization`, in which "TOKEN" stands for a valid token of john_doe's.
private func profile(authorization: String?) async throws -> Answer {
    let token = try FlaskStyleServer.token()
    let header = authorization?.replacingOccurrences(of: "TOKEN", with: token)
    return try await FlaskStyleServer.test(parts: parts) { try await $0.get("/profile", authorization: header) }
}

@Suite("Exercise 2.1: Extract the bearer token", .exercise("2.1") { _ = try Exercises02.bearerToken(fromAuthorization: "Bearer abc") })
struct Exercise2_1Tests {
    @Test(
        "A Bearer header opens the profile, whatever the case of the scheme (RFC 9110 §11.1)",
        arguments: ["Bearer", "bearer", "BEARER", "bEaReR"])
    func bearerSchemeInAnyCase(scheme: String) async throws {
        let answer = try await profile(authorization: "\(scheme) TOKEN")
        #expect(answer.status == .ok, Hint.next(for: "2.1"))
        #expect(answer.body == FlaskStyleServer.johnsProfile, Hint.next(for: "2.1"))
    }

    @Test("One or more spaces may separate the scheme from the token (RFC 6750 §2.1: \"Bearer\" 1*SP b64token)")
    func severalSpaces() async throws {
        let answer = try await profile(authorization: "Bearer   TOKEN")
        #expect(answer.body == FlaskStyleServer.johnsProfile, Hint.next(for: "2.1"))
    }

    @Test("No Authorization header gets 401 Missing token")
    func noHeader() async throws {
        let answer = try await profile(authorization: nil)
        #expect(answer.status == .unauthorized, Hint.next(for: "2.1"))
        #expect(answer.body == #"{"error":"Missing token"}"#, Hint.next(for: "2.1"))
    }

    @Test(
        "A header that is not Bearer and a token gets 401 Invalid token",
        arguments: [
            "TOKEN",  // The article's mistake: the token with no scheme.
            "Basic am9objpkb2U=",  // Another scheme.
            "Token TOKEN",
            "Digest TOKEN",  // As long as "Bearer", so only a real comparison of the scheme refuses it.
            "BearerTOKEN",  // No space after the scheme.
            "Bearer",  // No token.
            "Bearer ",
            "Bearer    ",
        ])
    func notBearerAndToken(authorization: String) async throws {
        let answer = try await profile(authorization: authorization)
        #expect(answer.status == .unauthorized, Hint.next(for: "2.1"))
        #expect(answer.body == #"{"error":"Invalid token"}"#, Hint.next(for: "2.1"))
    }
}
