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

    @Test("An unknown user costs about as much bcrypt time as a wrong password")
    func unknownUserTakesAsLong() async throws {
        // Cost 8 makes one check take milliseconds, far above the noise of a lookup.
        let store = try await UserStore.open(path: nil, bcryptCost: 8)
        let credentials = await CredentialVerifier(store: store, hasher: PasswordHasher(cost: 8))
        // Measure the two cases alternately and keep the fastest of each, so
        // that other tests running at the same time slow both alike.
        var wrongPassword = Duration.seconds(60)
        var unknownUser = Duration.seconds(60)
        for _ in 0..<5 {
            for (username, isKnown) in [("john_doe", true), ("nobody", false)] {
                let elapsed = await ContinuousClock().measure {
                    _ = try? await credentials.authenticate(username: username, password: "wrong")
                }
                if isKnown { wrongPassword = min(wrongPassword, elapsed) } else { unknownUser = min(unknownUser, elapsed) }
            }
        }
        #expect(unknownUser > wrongPassword / 2, "unknown user \(unknownUser), wrong password \(wrongPassword)")
    }
}
