// Header members that could carry a key or a nested token: JWTCore acts on none of them (RFC 8725 §2.3, §2.9, §3.10).
import Foundation
import JWTCore
import Testing

@Suite("Untrusted header members")
struct UntrustedHeaderTests {
    @Test("A certificate chain offered in x5c, and its x5t thumbprint, are never used to verify")
    func certificateHeadersAreIgnored() throws {
        // The attacker signs with the key of a certificate it owns and ships that certificate in x5c.
        let certificatePEM = try Fixtures.key("ec256-certificate.pem")
        let certificateDER = certificatePEM.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        let attacker = try JWTKey(pem: Fixtures.key("ec256-certificate-key.pem"))
        let forged = try JWTSigner(key: attacker, algorithm: .es256).sign(
            ["sub": "1", "admin": true],
            headerFields: ["x5c": [.string(certificateDER)], "x5t#S256": "AAAA"])
        let realVerifier = try JWTVerifier(key: TestKeys.pem("ec256-public.pem"), algorithms: [.es256], validation: .at(testNow))
        let certificateVerifier = try JWTVerifier(key: JWTKey(pem: certificatePEM), algorithms: [.es256], validation: .at(testNow))
        let forgedFailure = failureCode(forged, realVerifier)
        // The token itself is sound: the certificate's own key verifies it, so only the header was ignored.
        let certificateFailure = failureCode(forged, certificateVerifier)
        #expect(forgedFailure == "bad_signature")
        #expect(certificateFailure == nil)
    }

    @Test("A cty of JWT does not make the verifier unwrap a nested token: the payload must be a JSON object")
    func nestedTokenIsNotUnwrapped() throws {
        let key = try TestKeys.hmac()
        let inner = try JWTSigner(key: key, algorithm: .hs256).sign(["sub": "1"])
        let header = #"{"alg":"HS256","cty":"JWT"}"#
        let signingInput = Craft.base64url(header) + "." + Craft.base64url(inner)
        let mac = try key.messageAuthenticationCode(Array(signingInput.utf8), algorithm: .hs256)
        let outer = signingInput + "." + Craft.base64url(mac)
        let verifier = try JWTVerifier(key: key, algorithms: [.hs256], validation: .at(testNow))
        let failure = failureCode(outer, verifier)
        #expect(failure == "malformed")
    }
}
