// The HS256 token and key of RFC 7515 Appendix A.1, used by exercises 1.2 and 1.3.
import JWTCore

/// The example JWS of RFC 7515 Appendix A.1, signed with HMAC SHA-256.
enum RFC7515Example {
    /// The header segment: `{"typ":"JWT",\r\n "alg":"HS256"}`.
    static let header = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
    /// The payload segment: `{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}`.
    static let payload = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
    /// The signature segment, as published.
    static let signature = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    /// The signature's 32 bytes, as RFC 7515 A.1.1 lists them.
    static let signatureBytes: [UInt8] = [
        116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186,
        22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
    ]
    /// The whole token.
    static let token = "\(header).\(payload).\(signature)"
    /// The 64-byte HMAC key, the `k` member of the RFC's JWK.
    static let key: [UInt8] =
        Base64URL.decode("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow") ?? []
}
