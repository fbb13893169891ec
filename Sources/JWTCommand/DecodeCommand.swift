// `jwt decode`: show a token's header and claims without verifying it.
import ArgumentParser
import Foundation
import JWTCore

struct DecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Show a token's header and claims. Nothing is verified unless you give a key."
    )

    @Argument(help: "The token, or '-' to read it from standard input.")
    var token: String

    @OptionGroup var key: KeyOptions

    @Option(name: .customLong("alg"), help: "With a key: the algorithm to check the signature with (repeatable).")
    var algorithms: [JWTAlgorithm] = []

    @Option(help: "Describe times relative to this Unix time instead of now.")
    var now: Double?

    @Option(help: "The largest token accepted, in bytes.")
    var maxSize: Int = 64 * 1024

    func run() throws {
        let text = try Input.text(token)
        let unverified = try UnverifiedToken(insecurelyParsing: text, maxTokenSize: maxSize)
        let clock = now.map { Date(timeIntervalSince1970: $0) } ?? Date()
        if key.isGiven {
            try printSignatureCheck(text, clock: clock)
        } else {
            print(Terminal.yellow("UNVERIFIED: the signature and claims were not checked; anyone can write these values."))
        }
        print("")
        TokenPrinter.printSection("Header", unverified.header.fields, now: clock)
        print("")
        TokenPrinter.printSection("Claims", unverified.claims, now: clock)
        print("")
        print(Terminal.bold("Signature") + " \(unverified.signature.count) bytes")
    }

    /// Checks the signature and says whether it holds. The claims are shown,
    /// not judged: a claim problem is reported as a note, because `decode`
    /// has no audience or issuer to check against (`jwt verify` does).
    private func printSignatureCheck(_ text: String, clock: Date) throws {
        guard !algorithms.isEmpty else { throw CommandFailure.usage("with a key, name the algorithm to check with --alg") }
        var validation = JWTValidation()
        validation.maxTokenSize = maxSize
        validation.now = { clock }
        let verifier = try key.loadKeys().verifier(algorithms: algorithms, validation: validation)
        do {
            _ = try verifier.verify(text)
            print(Terminal.green("SIGNATURE VERIFIED") + ": the signature is valid and the time claims hold.")
        } catch where Self.claimFailureCodes.contains(error.code) {
            // The verifier checks claims only after the signature, so the signature held.
            print(Terminal.green("SIGNATURE VERIFIED") + ", but 'jwt verify' would refuse the claims (\(error.code)): \(error.message)")
        } catch {
            print(Terminal.red("SIGNATURE NOT VALID (\(error.code))") + ": \(error.message)")
        }
    }

    /// The failures that concern the claims, found only after the signature checked out.
    static let claimFailureCodes: Set<String> = [
        "expired", "not_yet_valid", "issued_in_future", "invalid_issuer", "invalid_audience", "missing_claim", "invalid_claim",
    ]
}
