// `jwt verify`: check a token's signature and claims.
import ArgumentParser
import Foundation
import JWTCore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a token's signature and claims.",
        discussion: "Exit status: 0 valid, 1 invalid token, 2 bad usage or unreadable key."
    )

    @Argument(help: "The token, or '-' to read it from standard input.")
    var token: String

    @OptionGroup var key: KeyOptions

    @Option(name: .customLong("alg"), help: "An algorithm to accept (required; repeat for several).")
    var algorithms: [JWTAlgorithm] = []

    @Option(help: "An audience to accept; repeat for several.")
    var audience: [String] = []

    @Option(help: "The issuer the iss claim must equal.")
    var issuer: String?

    @Option(help: "Seconds of clock skew to allow for exp, nbf and iat.")
    var leeway: Double = 0

    @Option(name: .customLong("require"), help: "A claim that must be present; repeat for several.")
    var requiredClaims: [String] = []

    @Option(help: "Check times against this Unix time instead of now.")
    var now: Double?

    @Option(help: "The largest token accepted, in bytes.")
    var maxSize: Int = 64 * 1024

    @Flag(help: "Print the result as JSON.")
    var json = false

    func validate() throws {
        guard !algorithms.isEmpty else {
            throw ValidationError("name the algorithms you accept with --alg, for example --alg HS256")
        }
        guard leeway >= 0, leeway.isFinite else { throw ValidationError("--leeway must be a non-negative number") }
        guard maxSize > 0 else { throw ValidationError("--max-size must be positive") }
    }

    func run() throws {
        var validation = JWTValidation()
        validation.audience = audience
        validation.issuer = issuer
        validation.leeway = leeway
        validation.requiredClaims = requiredClaims
        validation.maxTokenSize = maxSize
        if let now { validation.now = { Date(timeIntervalSince1970: now) } }
        let verifier = try key.loadKeys().verifier(algorithms: algorithms, validation: validation)
        let text = try Input.text(token)
        do {
            let verified = try verifier.verify(text)
            report(valid: verified)
        } catch {
            report(invalid: error)
            throw ExitCode(CommandFailure.invalidToken)
        }
    }

    private func report(valid token: VerifiedToken) {
        if json {
            let result: JSONValue = ["valid": true, "header": .object(token.header.fields), "claims": .object(token.claims)]
            print(result.description)
        } else {
            print(Terminal.green("VALID") + ": the signature and claims check out.")
            print("")
            let clock = now.map { Date(timeIntervalSince1970: $0) } ?? Date()
            TokenPrinter.printSection("Header", token.header.fields, now: clock)
            print("")
            TokenPrinter.printSection("Claims", token.claims, now: clock)
        }
    }

    private func report(invalid error: JWTError) {
        if json {
            let result: JSONValue = ["valid": false, "error": ["code": .string(error.code), "message": .string(error.message)]]
            print(result.description)
        } else {
            Terminal.printError("INVALID (\(error.code)): \(error.message)")
        }
    }
}
