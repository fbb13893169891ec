// GET /profile in chapter 5: chapter 2's answers, for typed access tokens only.
import Foundation
import JWTCore
import Testing
import WebSupport

@testable import Chapter05

@Suite("Chapter 5: GET /profile")
struct ProfileTests {
    @Test("A login's access token gets 200 with the user id and username, for either demo user")
    func accessTokenGetsProfile() async throws {
        let (john, jane) = try await withChapter5 { client in
            (
                try await client.profile(try await client.login().accessToken),
                try await client.profile(try await client.login(Fixture.janeLogin).accessToken)
            )
        }
        #expect(john.status == .ok)
        #expect(john.body == #"{"user_id":1,"username":"john_doe"}"#)
        #expect(jane.body == #"{"user_id":2,"username":"jane_admin"}"#)
    }

    @Test("No Authorization header gets 401 Missing token, with WWW-Authenticate: Bearer")
    func noHeaderGetsMissingToken() async throws {
        let answer = try await withChapter5 { try await $0.send(.get, "/profile") }
        #expect(answer.status == .unauthorized)
        #expect(answer.body == #"{"error":"Missing token"}"#)
        #expect(answer.headers[.wwwAuthenticate] == "Bearer")
    }

    @Test("An access token past its exp gets 401 Token has expired; a second earlier it works")
    func expiredAccessToken() async throws {
        let clock = TestClock()
        let (justInTime, expired) = try await withChapter5(try await Fixture.services(clock: clock)) { client in
            let token = try await client.login().accessToken
            clock.advance(by: 899)
            let justInTime = try await client.profile(token)
            clock.advance(by: 1)
            return (justInTime, try await client.profile(token))
        }
        #expect(justInTime.status == .ok)
        #expect(expired.body == #"{"error":"Token has expired"}"#)
    }

    @Test("A chapter 2 style token, signed with the same key for the same audience but with no type, gets 401 Invalid token")
    func untypedTokenIsRefused() async throws {
        let untyped = try AccessTokenService(
            key: Fixture.key(), audience: "refresh-tokens", lifetime: 900, now: { Fixture.start }
        ).issue(for: DemoUser.john.user)
        let answer = try await withChapter5 { try await $0.profile(untyped) }
        #expect(answer.body == #"{"error":"Invalid token"}"#)
    }

    @Test("An unknown route gets a JSON 404")
    func unknownRouteGets404() async throws {
        let answer = try await withChapter5 { try await $0.send(.get, "/nowhere") }
        #expect(answer.status == .notFound)
        #expect(answer.body == #"{"error":"Not Found"}"#)
    }
}
