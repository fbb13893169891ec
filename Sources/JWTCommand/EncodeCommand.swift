// `jwt encode`: sign claims into a token.
import ArgumentParser
import Foundation
import JWTCore

struct EncodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encode",
        abstract: "Sign claims into a token and print it.",
        discussion: "Claims come from a JSON object (an argument, or '-' for standard input) and from the flags, which win."
    )

    @Argument(help: "A JSON object of claims, or '-' to read it from standard input.")
    var claims: String = "{}"

    @OptionGroup var key: KeyOptions

    @Option(name: .customLong("alg"), help: "The signing algorithm.")
    var algorithm: JWTAlgorithm = .hs256

    @Option(help: "The subject (sub) claim.")
    var sub: String?

    @Option(help: "The issuer (iss) claim.")
    var iss: String?

    @Option(help: "An audience (aud) claim; repeat for several.")
    var aud: [String] = []

    @Option(help: "The token ID (jti) claim.")
    var jti: String?

    @Option(help: "Set exp this long after now: 900, 90s, 15m, 2h or 14d.")
    var expIn: String?

    @Option(help: "Set nbf this long after now (same format as --exp-in).")
    var nbfIn: String?

    @Flag(inversion: .prefixedNo, help: "Add an iat claim of now, unless the claims have one.")
    var iat: Bool = true

    @Option(help: "The key ID (kid) header.")
    var kid: String?

    @Option(help: "A JSON object of extra header members.")
    var header: String?

    @Option(help: "Use this Unix time as now.")
    var now: Double?

    func run() throws {
        let signingKey = try key.loadKeys().signingKey()
        var payload = try Self.jsonObject(try Input.text(claims), what: "claims")
        let clock = now ?? Date().timeIntervalSince1970
        if let sub { payload["sub"] = .string(sub) }
        if let iss { payload["iss"] = .string(iss) }
        if !aud.isEmpty { payload["aud"] = aud.count == 1 ? .string(aud[0]) : .array(aud.map(JSONValue.string)) }
        if let jti { payload["jti"] = .string(jti) }
        if iat, payload["iat"] == nil { payload["iat"] = .integer(Int64(clock)) }
        if let expIn { payload["exp"] = .integer(Int64(clock + (try Self.seconds(expIn, flag: "--exp-in")))) }
        if let nbfIn { payload["nbf"] = .integer(Int64(clock + (try Self.seconds(nbfIn, flag: "--nbf-in")))) }
        let headerFields = try header.map { try Self.jsonObject($0, what: "--header") } ?? [:]
        let signer = try JWTSigner(key: signingKey.withKid(kid ?? signingKey.kid), algorithm: algorithm)
        print(try signer.sign(payload, headerFields: headerFields))
    }

    static func jsonObject(_ text: String, what: String) throws(CommandFailure) -> [String: JSONValue] {
        do {
            return try JSONParser.parseObject(Array(text.utf8))
        } catch {
            throw .usage("\(what) must be a JSON object: \(error.reason)")
        }
    }

    static func seconds(_ text: String, flag: String) throws(CommandFailure) -> Double {
        guard let seconds = Input.duration(text), abs(seconds) < 1e11 else {
            throw .usage("\(flag) takes a duration such as 900, 90s, 15m, 2h or 14d")
        }
        return seconds
    }
}
