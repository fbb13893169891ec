// bcrypt hashing and its 72-byte and NUL pitfalls.
import Testing

@testable import WebSupport

@Suite("Password hasher")
struct PasswordHasherTests {
    let hasher = PasswordHasher(cost: PasswordHasher.testingCost)

    @Test("A hash verifies its own password and no other")
    func hashVerifies() async {
        let hash = await hasher.hash("correct-horse-battery-staple")
        #expect(await hasher.verify("correct-horse-battery-staple", against: hash))
        #expect(await !hasher.verify("correct-horse-battery-stapl", against: hash))
    }

    @Test("A password longer than bcrypt reads never matches, though bcrypt would say it does")
    func overlongPasswordNeverMatches() async {
        let hash = await hasher.hash(String(repeating: "a", count: 72))
        #expect(await !hasher.verify(String(repeating: "a", count: 73), against: hash))
    }

    @Test("A password with a NUL byte never matches its prefix")
    func nulBytePasswordNeverMatches() async {
        let hash = await hasher.hash("abc")
        #expect(await !hasher.verify("abc\u{0}def", against: hash))
    }

    @Test("The production cost is 12 and the cost is clamped to bcrypt's range")
    func costs() {
        #expect(PasswordHasher.defaultCost == 12)
        #expect(PasswordHasher(cost: 1).cost == 4)
        #expect(PasswordHasher(cost: 40).cost == 31)
    }
}
