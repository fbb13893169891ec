// `jwt keygen`: generate a new key pair or secret.
import ArgumentParser
import Foundation
import JWTCore

struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Generate a new key pair (or an HMAC secret) for an algorithm.",
        discussion: """
            PEM prints the private key (PKCS#8) and then the public key (SPKI). JWK prints \
            the private JWK on one line and the public JWK on the next. For HS256/384/512 \
            it prints a random secret for --secret or --secret-file (PEM) or an oct JWK.
            """
    )

    @Option(name: .customLong("alg"), help: "The algorithm the key is for.")
    var algorithm: JWTAlgorithm

    @Option(help: "The output format: pem or jwk.")
    var format: OutputFormat = .pem

    @Option(help: "A key ID to put in the JWK.")
    var kid: String?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case pem, jwk
    }

    func run() throws {
        if algorithm.isSymmetric {
            try printSecret()
            return
        }
        let key = try JWTKey.generate(for: algorithm, kid: kid)
        switch format {
        case .pem:
            print(try key.privateKeyPEM(), terminator: "")
            print(try key.publicKeyPEM(), terminator: "")
        case .jwk:
            var restricted = key
            restricted.algorithm = algorithm
            restricted.use = "sig"
            print(try restricted.jwkString(includingPrivate: true))
            print(try restricted.publicKey().jwkString())
        }
    }

    /// Prints a random secret of URL-safe characters, long enough for the algorithm's hash.
    private func printSecret() throws {
        // 64 characters of base64url carry 384 bits: enough for HS256 and HS384, and 64 bytes for HS512.
        var text = Base64URL.encode(try JWTKey.randomBytes(count: 48))
        // After `--secret`, a secret that starts with "-" reads as an option; draw again.
        while text.hasPrefix("-") {
            text = Base64URL.encode(try JWTKey.randomBytes(count: 48))
        }
        switch format {
        case .pem:
            print(text)
        case .jwk:
            var key = try JWTKey.hmac(text, kid: kid)
            key.algorithm = algorithm
            key.use = "sig"
            print(try key.jwkString(includingPrivate: true))
        }
    }
}
