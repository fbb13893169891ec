// The key options shared by every subcommand that takes a key.
import ArgumentParser
import Foundation
import JWTCore

/// Where the key comes from: a secret string, a secret file, or a key file.
struct KeyOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case pem, jwk, jwks, secret
    }

    @Option(name: .long, help: "An HMAC secret, as a string (at least 32 bytes).")
    var secret: String?

    @Option(name: .long, help: "A file whose raw bytes are the HMAC secret.")
    var secretFile: String?

    @Option(name: .long, help: "A PEM, JWK or JWK Set file (the format is detected).")
    var keyFile: String?

    @Option(name: .long, help: "Read --key-file as this format instead of detecting it: pem, jwk, jwks or secret.")
    var keyFormat: Format?

    /// Whether any key option was given.
    var isGiven: Bool { secret != nil || secretFile != nil || keyFile != nil }

    /// The one key source given, or a usage error.
    func loadKeys() throws(CommandFailure) -> LoadedKeys {
        let sources = [secret != nil, secretFile != nil, keyFile != nil].filter { $0 }.count
        guard sources == 1 else {
            throw .usage(
                sources == 0
                    ? "give a key with --secret, --secret-file or --key-file"
                    : "give only one of --secret, --secret-file and --key-file")
        }
        var fileData = Data()
        var format = Format.secret
        if let secretFile {
            fileData = try Input.file(secretFile)
        } else if let keyFile {
            fileData = try Input.file(keyFile)
            guard let detected = keyFormat ?? Self.detectFormat(fileData) else {
                throw .usage("cannot tell the format of '\(keyFile)'; use --key-format pem, jwk, jwks or secret")
            }
            format = detected
        }
        do throws(JWTError) {
            if let secret {
                return .single(try JWTKey.hmac(secret))
            }
            let text = String(decoding: fileData, as: UTF8.self)
            switch format {
            case .pem: return .single(try JWTKey(pem: text))
            case .jwk: return .single(try JWTKey(jwk: text))
            case .jwks: return .set(try JWTKeySet(jwks: text))
            case .secret: return .single(try JWTKey.hmac([UInt8](fileData)))
            }
        } catch {
            throw .usage("unreadable key: \(error.message)")
        }
    }

    /// Recognises PEM by its BEGIN line and JWK or JWK Set by their JSON members.
    static func detectFormat(_ data: Data) -> Format? {
        let text = String(decoding: data.prefix(65536), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("-----BEGIN") { return .pem }
        if text.hasPrefix("{") {
            if text.contains("\"keys\"") { return .jwks }
            if text.contains("\"kty\"") { return .jwk }
        }
        return nil
    }
}

/// A key, or a key set chosen from by `kid`.
enum LoadedKeys {
    case single(JWTKey)
    case set(JWTKeySet)

    /// The single key, for commands that sign.
    func signingKey() throws(CommandFailure) -> JWTKey {
        switch self {
        case .single(let key): return key
        case .set(let set):
            guard set.keys.count == 1 else {
                throw .usage("a JWK Set with several keys cannot sign; give one key")
            }
            return set.keys[0]
        }
    }

    /// A verifier for these keys.
    func verifier(algorithms: [JWTAlgorithm], validation: JWTValidation) throws(JWTError) -> JWTVerifier {
        switch self {
        case .single(let key): try JWTVerifier(key: key, algorithms: algorithms, validation: validation)
        case .set(let set): try JWTVerifier(keySet: set, algorithms: algorithms, validation: validation)
        }
    }
}

extension JWTAlgorithm: ExpressibleByArgument {}
