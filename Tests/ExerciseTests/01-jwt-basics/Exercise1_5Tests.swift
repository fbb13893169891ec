// Exercise 1.5: the HTTP response for every JWTError, as chapter 2's server sends them.
import Exercises01
import JWTCore
import Testing

/// One example of every token failure except `expired`, each with a detail the client must never see.
private let vagueFailures: [JWTError] = [
    .malformed("the header is not base64url"),
    .tooLarge(size: 9000, limit: 8192),
    .algorithmNotAllowed("none"),
    .critUnsupported("b64"),
    .keyNotFound("kid 2024-05"),
    .keyInvalid("the secret is too short"),
    .badSignature,
    .notYetValid,
    .issuedInFuture,
    .invalidIssuer("https://evil.example"),
    .invalidAudience("another-api"),
    .missingClaim("exp"),
    .invalidClaim("exp is not a number"),
]

@Suite("Exercise 1.5: Choose the right error response", .exercise("1.5") { _ = try errorResponse(for: .expired) })
struct Exercise1_5Tests {
    @Test("An expired token gets its own 401 message, so the client knows to refresh")
    func expiredToken() throws {
        let response = try attempt("1.5") { try errorResponse(for: .expired) }
        #expect(response == ErrorResponse(status: 401, message: "Token has expired"), Hint.next(for: "1.5"))
    }

    @Test("Every other token failure is a 401 that does not say which check failed", arguments: vagueFailures)
    func otherTokenFailures(error: JWTError) throws {
        let response = try attempt("1.5") { try errorResponse(for: error) }
        #expect(response == ErrorResponse(status: 401, message: "Invalid token"), Hint.next(for: "1.5"))
    }

    @Test("Misusing the library is the server's fault: a 500")
    func invalidUsage() throws {
        let response = try attempt("1.5") { try errorResponse(for: .invalidUsage("an empty allow-list")) }
        #expect(response == ErrorResponse(status: 500, message: "Internal server error"), Hint.next(for: "1.5"))
    }

    @Test("These tests cover every JWTError case")
    func everyCaseIsCovered() {
        // When JWTCore gains a case, this fails until the case joins the examples above.
        let covered = Set((vagueFailures + [.expired, .invalidUsage("")]).map(\.code))
        let all = Set(JWTError.tokenFailureCodes + ["invalid_usage"])
        #expect(covered == all)
    }
}
