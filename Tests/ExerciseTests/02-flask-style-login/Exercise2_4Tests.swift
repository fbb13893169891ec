// Exercise 2.4: the learner's credential check behind chapter 2's real POST /login, with bcrypt checks counted.
import Exercises02
import Foundation
import JWTCore
import ServerTestSupport
import Testing
import WebSupport

@testable import Chapter02

/// The demo users' bcrypt hashes, a dummy hash, and a record of every hash a login checks a
/// password against.
///
/// The chapter's own check reads the hashes from SQLite, which never hands them out; here the
/// same users live in a dictionary, so the test can hand the learner's check real bcrypt
/// hashes and count the checks.
private actor PasswordChecks {
    let hasher = PasswordHasher(cost: PasswordHasher.testingCost)
    private(set) var table: [String: StoredCredentials] = [:]
    private(set) var dummyHash = ""
    /// The hashes checked so far, in order.
    private(set) var checked: [String] = []

    func prepare() async {
        for demo in DemoUser.all {
            table[demo.user.username] = StoredCredentials(user: demo.user, passwordHash: await hasher.hash(demo.password))
        }
        dummyHash = await hasher.hash("a password nobody has")
    }

    func verify(_ password: String, _ hash: String) async -> Bool {
        checked.append(hash)
        return await hasher.verify(password, against: hash)
    }

    /// Chapter 2's parts, with the learner's credential check over these users.
    nonisolated func parts() async -> FlaskStyleParts {
        let dummyHash = await dummyHash
        return FlaskStyleParts(checkCredentials: { username, password in
            try await Exercises02.checkCredentials(
                username: username, password: password, dummyHash: dummyHash,
                findUser: { name in await self.table[name] }, verify: { password, hash in await self.verify(password, hash) })
        })
    }
}

/// Logs in with `body` through the learner's check; returns the answer and the hashes checked.
private func login(_ body: String) async throws -> (answer: Answer, checked: [String], checks: PasswordChecks) {
    let checks = PasswordChecks()
    await checks.prepare()
    let answer = try await FlaskStyleServer.test(parts: await checks.parts()) { try await $0.postJSON("/login", body) }
    return (answer, await checks.checked, checks)
}

private let john = #"{"username":"john_doe","password":"correct-horse-battery-staple"}"#
private let johnWrong = #"{"username":"john_doe","password":"guess"}"#
private let nobody = #"{"username":"nobody","password":"guess"}"#

@Suite(
    "Exercise 2.4: Log in without revealing which users exist",
    .exercise("2.4") {
        _ = try await Exercises02.checkCredentials(
            username: "nobody", password: "guess", dummyHash: "", findUser: { _ in nil }, verify: { _, _ in false })
    })
struct Exercise2_4Tests {
    @Test("The right password gets 200 and a token for that user", arguments: [DemoUser.john, DemoUser.jane])
    func rightPassword(demo: DemoUser) async throws {
        let body = #"{"username":"\#(demo.user.username)","password":"\#(demo.password)"}"#
        let (answer, _, _) = try await login(body)
        #expect(answer.status == .ok, Hint.next(for: "2.4"))
        let token = answer.body.firstMatch(of: #/^\{"token":"([^"]+)"\}$/#).map { String($0.1) } ?? ""
        let claims = (try? UnverifiedToken(insecurelyParsing: token))?.claims
        #expect(claims?["sub"] == .string(String(demo.user.id)), Hint.next(for: "2.4"))
    }

    @Test("A wrong password and an unknown user get the same 401 answer")
    func sameAnswer() async throws {
        let (wrongPassword, _, _) = try await login(johnWrong)
        let (unknownUser, _, _) = try await login(nobody)
        #expect(wrongPassword.status == .unauthorized, Hint.next(for: "2.4"))
        #expect(wrongPassword.body == #"{"error":"Invalid username or password"}"#, Hint.next(for: "2.4"))
        #expect(unknownUser.status == wrongPassword.status, Hint.next(for: "2.4"))
        #expect(unknownUser.body == wrongPassword.body, Hint.next(for: "2.4"))
    }

    @Test("A known user's login costs one password check, against their own hash", arguments: [john, johnWrong])
    func knownUserCostsOneCheck(body: String) async throws {
        let (_, checked, checks) = try await login(body)
        let johnsHash = await checks.table["john_doe"]?.passwordHash ?? ""
        #expect(checked == [johnsHash], Hint.next(for: "2.4"))
    }

    @Test("An unknown user's login costs one password check too, against the dummy hash")
    func unknownUserCostsOneCheck() async throws {
        let (_, checked, checks) = try await login(nobody)
        let dummyHash = await checks.dummyHash
        #expect(checked == [dummyHash], Hint.next(for: "2.4"))
    }
}
