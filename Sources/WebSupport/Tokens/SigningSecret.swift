// Where the HMAC secret comes from: the environment, or a random one per run.
import JWTCore

/// The HMAC key that signs access tokens, and where it came from.
///
/// A real server reads its secret from the environment. The workbook reads
/// `JWT_SECRET` and refuses one shorter than 32 bytes, the HS256 minimum
/// (RFC 7518 §3.2). Without it, a random secret is made for this run only,
/// and the start-up banner says so: tokens stop working on restart.
public struct SigningSecret: Sendable {
    /// The name of the environment variable that holds the secret.
    public static let variable = "JWT_SECRET"

    /// Where a secret came from.
    public enum Source: Sendable, Equatable {
        case environment
        case randomForThisRun
    }

    public let key: JWTKey
    public let source: Source

    /// Reads `JWT_SECRET` from `environment`, or makes a random secret.
    public static func load(from environment: [String: String]) throws(WebError) -> SigningSecret {
        guard let text = environment[variable] else {
            do {
                return SigningSecret(key: try JWTKey.generateSecret(for: .hs256), source: .randomForThisRun)
            } catch {
                throw .invalidConfiguration("Cannot generate a random secret: \(error.message)")
            }
        }
        let length = text.utf8.count
        guard length >= 32 else {
            throw .invalidConfiguration(
                "\(variable) is \(length) bytes long; an HS256 secret needs at least 32 (RFC 7518 §3.2). "
                    + "Make one with: export \(variable)=\"$(openssl rand -base64 48)\"")
        }
        do {
            return SigningSecret(key: try JWTKey.hmac(text), source: .environment)
        } catch {
            throw .invalidConfiguration("\(variable) cannot be used: \(error.message)")
        }
    }

    /// A line for the start-up banner that says where the secret came from,
    /// without ever printing the secret.
    public var announcement: String {
        switch source {
        case .environment:
            "Signing tokens with the secret in \(Self.variable)."
        case .randomForThisRun:
            "DEMO SECRET: \(Self.variable) is not set, so tokens are signed with a random secret made for this run; "
                + "they stop working when the server restarts."
        }
    }
}
