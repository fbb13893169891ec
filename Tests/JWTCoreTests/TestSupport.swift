// Shared helpers for the JWTCore tests: fixture files, error codes, a stopped clock, test keys and token crafting.
import Foundation
import JWTCore

/// Returns the ``JWTError/code`` that `body` throws, or `nil` when it returns normally.
///
/// The closure is untyped because Swift 6.3 infers `any Error` for an unannotated closure;
/// any error that is not a `JWTError` comes back as a distinct string, so it never matches a code.
///
/// ```swift
/// let failure = code { _ = try verifier.verify(token) } // "bad_signature", for example.
/// ```
func code(of body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch let error as JWTError {
        return error.code
    } catch {
        return "not a JWTError: \(error)"
    }
}

/// Returns the code of the error `verifier` throws for `token`, or `nil` when the token verifies.
func failureCode(_ token: String, _ verifier: JWTVerifier) -> String? {
    code { _ = try verifier.verify(token) }
}

/// Files under `Tests/Fixtures`, found from this source file's path so the tests run from any directory.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/JWTCoreTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Fixtures")

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    /// The text of `Tests/Fixtures/interop/<name>` (PyJWT's test-only keys and tokens).
    static func interop(_ name: String) throws -> String {
        String(decoding: try data("interop/" + name), as: UTF8.self)
    }

    /// The raw bytes of `Tests/Fixtures/interop/<name>`.
    static func interopBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try data("interop/" + name))
    }

    /// The text of `Tests/Fixtures/keys/<name>` (keys JWTCore must refuse).
    static func key(_ name: String) throws -> String {
        String(decoding: try data("keys/" + name), as: UTF8.self)
    }
}

/// The instant most tests treat as "now": 2023-11-14T22:13:20Z.
let testNow: TimeInterval = 1_700_000_000

extension JWTValidation {
    /// Strict default rules with the clock stopped at `seconds` since 1970.
    static func at(_ seconds: TimeInterval) -> JWTValidation {
        var validation = JWTValidation()
        validation.now = { Date(timeIntervalSince1970: seconds) }
        return validation
    }
}

/// Test-only keys shared by several suites.
enum TestKeys {
    /// A 64-byte secret, long enough for HS256, HS384 and HS512.
    static let secret: [UInt8] = Array(String(repeating: "test-only-secret", count: 4).utf8)

    static func hmac(kid: String? = nil) throws -> JWTKey {
        try JWTKey.hmac(secret, kid: kid)
    }

    /// A key read from a PEM file of the PyJWT interop fixtures.
    static func pem(_ name: String, kid: String? = nil) throws -> JWTKey {
        try JWTKey(pem: Fixtures.interop(name), kid: kid)
    }

    /// An HS256 verifier for ``secret`` with the clock at ``testNow``.
    static func hs256Verifier(_ validation: JWTValidation = .at(testNow)) throws -> JWTVerifier {
        try JWTVerifier(key: hmac(), algorithms: [.hs256], validation: validation)
    }
}

/// Builds and tampers with compact tokens byte by byte, independently of JWTCore's own encoder
/// (base64url comes from Foundation's base64, HMAC from ``TestHMAC``).
enum Craft {
    static let hs256Header = #"{"alg":"HS256","typ":"JWT"}"#

    /// Base64url without padding, made from Foundation's standard base64.
    static func base64url(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func base64url(_ text: String) -> String {
        base64url(Array(text.utf8))
    }

    /// Decodes base64url leniently through Foundation (padding added back), for reading test tokens.
    static func bytes(fromBase64url text: some StringProtocol) -> [UInt8]? {
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while standard.count % 4 != 0 { standard += "=" }
        return Data(base64Encoded: standard).map { [UInt8]($0) }
    }

    /// The dot-separated segments of `token`, empty ones included.
    static func segments(of token: String) -> [String] {
        token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// The decoded signature bytes of `token`.
    static func signature(of token: String) -> [UInt8] {
        bytes(fromBase64url: segments(of: token)[2]) ?? []
    }

    /// Returns `token` with segment `index` (0 header, 1 payload, 2 signature) replaced by `segment`.
    static func replacingSegment(_ index: Int, of token: String, with segment: String) -> String {
        var parts = segments(of: token)
        parts[index] = segment
        return parts.joined(separator: ".")
    }

    /// Returns `token` with its signature replaced by `signature`.
    static func replacingSignature(of token: String, with signature: [UInt8]) -> String {
        replacingSegment(2, of: token, with: base64url(signature))
    }

    /// Returns `token` with one bit of signature byte `index` flipped. Changing a decoded byte
    /// (rather than the last base64url character, whose low bits are unused) always changes the signature.
    static func flippingSignatureBit(of token: String, at index: Int = 10) -> String {
        var signature = signature(of: token)
        signature[index] ^= 0x01
        return replacingSignature(of: token, with: signature)
    }

    /// A token made of the given header and payload bytes and signature, with no signing.
    static func token(header: [UInt8], payload: [UInt8], signature: [UInt8] = []) -> String {
        base64url(header) + "." + base64url(payload) + "." + base64url(signature)
    }

    /// An HS256 token over exactly these header and payload bytes, signed with the test's own HMAC.
    static func hs256(header: [UInt8], payload: [UInt8], secret: [UInt8] = TestKeys.secret) -> String {
        let signingInput = base64url(header) + "." + base64url(payload)
        return signingInput + "." + base64url(TestHMAC.sha256(key: secret, message: Array(signingInput.utf8)))
    }

    static func hs256(header: String = hs256Header, payload: String, secret: [UInt8] = TestKeys.secret) -> String {
        hs256(header: Array(header.utf8), payload: Array(payload.utf8), secret: secret)
    }
}
