// Exercise 2.2: the learner's authenticate wrapper guarding chapter 2's real GET /profile.
import Exercises02
import Foundation
import JWTCore
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter02

/// Chapter 2's parts, with the learner's wrapper around the chapter's profile handler.
private let parts = FlaskStyleParts(authenticate: { tokens, handler in Exercises02.authenticate(with: tokens, handler) })

/// Sends one request with a valid token through the learner's wrapper, and throws the
/// `ExerciseUnsolved` it throws, which the chapter's error middleware would answer as a 500.
@Sendable private func probe() async throws {
    let watch = UnsolvedWatch()
    let watched = FlaskStyleParts(authenticate: { tokens, handler in
        watch.watching(Exercises02.authenticate(with: tokens, handler))
    })
    let token = try FlaskStyleServer.token()
    _ = try await FlaskStyleServer.test(parts: watched) { try await $0.get("/profile", authorization: "Bearer \(token)") }
    try await watch.check()
}

/// Counts how often the guarded handler runs.
private actor RunCount {
    private(set) var runs = 0
    func add() { runs += 1 }
}

@Suite("Exercise 2.2: Write the authenticate wrapper", .exercise("2.2") { try await probe() })
struct Exercise2_2Tests {
    @Test("A valid token reaches the profile, which gets that token's claims", arguments: [DemoUser.john.user, DemoUser.jane.user])
    func validTokenReachesHandler(user: User) async throws {
        let token = try FlaskStyleServer.token(for: user)
        let answer = try await FlaskStyleServer.test(parts: parts) { try await $0.get("/profile", authorization: "Bearer \(token)") }
        #expect(answer.status == .ok, Hint.next(for: "2.2"))
        #expect(answer.body == #"{"user_id":\#(user.id),"username":"\#(user.username)"}"#, Hint.next(for: "2.2"))
    }

    @Test("No Authorization header gets 401 Missing token")
    func noHeader() async throws {
        let answer = try await FlaskStyleServer.test(parts: parts) { try await $0.get("/profile", authorization: nil) }
        #expect(answer.status == .unauthorized, Hint.next(for: "2.2"))
        #expect(answer.body == #"{"error":"Missing token"}"#, Hint.next(for: "2.2"))
    }

    @Test("A token past its exp gets 401 Token has expired")
    func expiredToken() async throws {
        let token = try FlaskStyleServer.token(issuedAt: FlaskStyleServer.now - 900)
        let answer = try await FlaskStyleServer.test(parts: parts) { try await $0.get("/profile", authorization: "Bearer \(token)") }
        #expect(answer.status == .unauthorized, Hint.next(for: "2.2"))
        #expect(answer.body == #"{"error":"Token has expired"}"#, Hint.next(for: "2.2"))
    }

    @Test(
        "A token without Bearer, signed with another key, or meant for another API gets 401 Invalid token",
        arguments: ["no scheme", "another key", "another audience"])
    func invalidToken(kind: String) async throws {
        let authorization =
            switch kind {
            case "no scheme": try FlaskStyleServer.token()
            case "another key": "Bearer " + (try FlaskStyleServer.token(key: JWTKey.generateSecret()))
            default: "Bearer " + (try FlaskStyleServer.token(audience: "fastapi-style-dependencies"))
            }
        let answer = try await FlaskStyleServer.test(parts: parts) { try await $0.get("/profile", authorization: authorization) }
        #expect(answer.status == .unauthorized, Hint.next(for: "2.2"))
        #expect(answer.body == #"{"error":"Invalid token"}"#, Hint.next(for: "2.2"))
    }

    @Test("The wrapped handler runs once for a valid token and never for a bad one")
    func handlerRunsOnlyForValidToken() async throws {
        let count = RunCount()
        // The learner's wrapper around a handler that counts its runs, then answers as the profile does.
        let counting = FlaskStyleParts(authenticate: { tokens, handler in
            Exercises02.authenticate(with: tokens) { request, context, claims in
                await count.add()
                return try await handler(request, context, claims)
            }
        })
        let expired = try FlaskStyleServer.token(issuedAt: FlaskStyleServer.now - 900)
        let forged = try FlaskStyleServer.token(key: JWTKey.generateSecret())
        let valid = try FlaskStyleServer.token()
        _ = try await FlaskStyleServer.test(parts: counting) { client in
            for authorization in [nil, "Bearer \(expired)", "Bearer \(forged)", valid, "Basic am9objpkb2U="] {
                _ = try await client.get("/profile", authorization: authorization)
            }
        }
        let runsForBadTokens = await count.runs
        #expect(runsForBadTokens == 0, Hint.next(for: "2.2"))
        _ = try await FlaskStyleServer.test(parts: counting) { try await $0.get("/profile", authorization: "Bearer \(valid)") }
        let runsInAll = await count.runs
        #expect(runsInAll == 1, Hint.next(for: "2.2"))
    }
}
