// Checking passwords without revealing which usernames exist.
import Foundation
import Testing

@testable import WebSupport

@Suite("Credential verifier")
struct CredentialVerifierTests {
    @Test("The right password gives the user")
    func rightPasswordGivesUser() async throws {
        let services = try await Fixture.services()
        let user = try await services.credentials.authenticate(
            username: "jane_admin", password: "tr0ub4dor&3-admin")
        #expect(user == DemoUser.jane.user)
    }

    @Test(
        "A wrong password and an unknown user fail the same way",
        arguments: [
            ("john_doe", "wrong"), ("nobody", "correct-horse-battery-staple"), ("", ""),
            ("JOHN_DOE", "correct-horse-battery-staple"),
        ])
    func failuresLookAlike(username: String, password: String) async throws {
        let services = try await Fixture.services()
        await #expect(throws: WebError.invalidCredentials) {
            try await services.credentials.authenticate(username: username, password: password)
        }
    }

    @Test(
        "An unknown user and a wrong password each cost exactly one bcrypt check at the stored cost",
        arguments: ["john_doe", "nobody"])
    func failuresDoTheSameWork(username: String) async throws {
        // Counting the hasher's work, instead of timing it, makes the property
        // exact: both failures run one bcrypt check against a hash of the same
        // cost, so the answer takes as long whether or not the user exists.
        let store = try await UserStore.open(path: nil, bcryptCost: PasswordHasher.testingCost)
        let hasher = CountingHasher(PasswordHasher(cost: PasswordHasher.testingCost))
        let credentials = await CredentialVerifier(store: store, hasher: hasher)
        let storedHash = try #require(try await store.record(username: "john_doe")).passwordHash

        await #expect(throws: WebError.invalidCredentials) {
            try await credentials.authenticate(username: username, password: "wrong")
        }
        let checkedHashes = await hasher.checkedHashes
        #expect(checkedHashes.count == 1)
        let checkedCost = checkedHashes.first.map(Self.bcryptCost)
        #expect(checkedCost == Self.bcryptCost(of: storedHash))
    }

    /// Returns the cost field of a bcrypt hash such as "$2b$04$...": "04".
    static func bcryptCost(of hash: String) -> Substring {
        hash.split(separator: "$").dropFirst().first ?? ""
    }
}

/// A password hasher that records every hash it checks against.
actor CountingHasher: PasswordHashing {
    private let hasher: PasswordHasher
    private(set) var checkedHashes: [String] = []

    init(_ hasher: PasswordHasher) {
        self.hasher = hasher
    }

    func hash(_ password: String) async -> String {
        await hasher.hash(password)
    }

    func verify(_ password: String, against hash: String) async -> Bool {
        checkedHashes.append(hash)
        return await hasher.verify(password, against: hash)
    }
}
