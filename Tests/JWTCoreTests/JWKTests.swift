// JSON Web Keys (RFC 7517, RFC 7518 §6, RFC 8037 §2): reading, refusing, restricting and exporting.
import Foundation
import JWTCore
import Testing

@Suite("JSON Web Keys")
struct JWKTests {
    /// The RFC 7515 A.3 P-256 key.
    static let p256: [String: JSONValue] = [
        "kty": "EC", "crv": "P-256",
        "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
        "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",
        "d": "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI",
    ]

    /// The RFC 8037 A.1 Ed25519 key.
    static let ed25519: [String: JSONValue] = [
        "kty": "OKP", "crv": "Ed25519",
        "d": "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
        "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
    ]

    static func modified(_ jwk: [String: JSONValue], _ changes: [String: JSONValue?]) -> [String: JSONValue] {
        var result = jwk
        for (name, value) in changes { result[name] = value }
        return result
    }

    /// `bytes` with the last byte changed, encoded as base64url.
    static func flippingLastByte(of member: JSONValue?) -> JSONValue {
        var bytes = Craft.bytes(fromBase64url: member?.stringValue ?? "") ?? []
        bytes[bytes.count - 1] ^= 0x01
        return .string(Craft.base64url(bytes))
    }

    @Test("The RFC example JWKs load as the right families")
    func rfcJWKsLoad() throws {
        let ec = try JWTKey(jwk: Self.p256)
        let ed = try JWTKey(jwk: Self.ed25519)
        #expect(ec.family == .ecP256 && ec.canSign)
        #expect(ed.family == .ed25519 && ed.canSign)
        let text = try JWTKey(jwk: #"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#)
        #expect(!text.canSign)
    }

    @Test(
        "EC coordinates and scalars of the wrong length are refused, even with only a leading zero added or dropped",
        arguments: [("x", 1), ("x", -1), ("y", 1), ("y", -1), ("d", 1), ("d", -1)])
    func wrongCoordinateLengthIsRefused(member: String, change: Int) throws {
        let text = try #require(Self.p256[member]?.stringValue)
        let bytes = try #require(Craft.bytes(fromBase64url: text))
        #expect(bytes.count == 32)
        // Adding a zero byte keeps the number; dropping the first byte changes it, but either way the length is wrong.
        let resized = change > 0 ? [0] + bytes : Array(bytes.dropFirst())
        let jwk = Self.modified(Self.p256, [member: .string(Craft.base64url(resized))])
        let failure = code { _ = try JWTKey(jwk: jwk) }
        #expect(failure == "key_invalid")
    }

    @Test("An EC public point that is not on the curve is refused, with or without the private scalar", arguments: [false, true])
    func pointNotOnCurveIsRefused(withPrivateScalar: Bool) {
        var jwk = Self.p256
        if !withPrivateScalar { jwk["d"] = nil }
        let offCurve = Self.modified(jwk, ["y": Self.flippingLastByte(of: jwk["y"])])
        let failure = code { _ = try JWTKey(jwk: offCurve) }
        #expect(failure == "key_invalid")
    }

    @Test("An EC private scalar that does not match its public point is refused")
    func mismatchedECPrivateKeyIsRefused() {
        let jwk = Self.modified(Self.p256, ["d": Self.flippingLastByte(of: Self.p256["d"])])
        let failure = code { _ = try JWTKey(jwk: jwk) }
        #expect(failure == "key_invalid")
    }

    @Test("An Ed25519 JWK whose x does not belong to its d is refused")
    func mismatchedEd25519IsRefused() throws {
        let otherPublic = try JWTKey.generate(for: .edDSA).publicKey().jwk()
        let flippedX = Self.modified(Self.ed25519, ["x": Self.flippingLastByte(of: Self.ed25519["x"])])
        let otherX = Self.modified(Self.ed25519, ["x": otherPublic["x"]])
        let shortX = Self.modified(Self.ed25519, ["x": .string(Craft.base64url([UInt8](repeating: 1, count: 31)))])
        let failures = [flippedX, otherX, shortX].map { jwk in code { _ = try JWTKey(jwk: jwk) } }
        #expect(failures == ["key_invalid", "key_invalid", "key_invalid"])
    }

    @Test(
        "A JWK with an unsupported or missing type, curve or alg is refused",
        arguments: [
            #"{"crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"}"#,
            #"{"kty":"DSA"}"#,
            #"{"kty":"EC","crv":"secp256k1","x":"AA","y":"AA"}"#,
            #"{"kty":"OKP","crv":"X25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#,
            #"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","alg":"none"}"#,
            #"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","alg":"ES256"}"#,
            #"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo=","alg":"EdDSA"}"#,
            #"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","kid":7}"#,
            #"{"kty":"oct","k":"c2hvcnQ"}"#,
            #"{"kty":"oct","k":""}"#,
            #"["kty","oct"]"#,
            #"{"kty":"oct","kty":"oct","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"}"#,
        ])
    func unsupportedJWKIsRefused(text: String) {
        let failure = code { _ = try JWTKey(jwk: text) }
        #expect(failure == "key_invalid")
    }

    @Test("A JWK's alg restricts the key to that one algorithm")
    func jwkAlgRestrictsTheKey() throws {
        var jwk = try TestKeys.pem("rsa-private.pem").jwk(includingPrivate: true)
        jwk["alg"] = "RS256"
        let restricted = try JWTKey(jwk: jwk)
        let signingOther = code { _ = try JWTSigner(key: restricted, algorithm: .ps256) }
        let rs512 = try JWTSigner(key: TestKeys.pem("rsa-private.pem"), algorithm: .rs512).sign(["sub": "1"])
        let rs256 = try JWTSigner(key: restricted, algorithm: .rs256).sign(["sub": "1"])
        let verifier = try JWTVerifier(key: restricted.publicKey(), algorithms: [.rs256, .rs512], validation: .at(testNow))
        let verifyingOther = failureCode(rs512, verifier)
        let verifyingOwn = failureCode(rs256, verifier)
        #expect(restricted.algorithm == .rs256)
        #expect(signingOther == "algorithm_not_allowed")
        #expect(verifyingOther == "algorithm_not_allowed")
        #expect(verifyingOwn == nil)
    }

    @Test("A JWK for encryption (use enc) is refused for signing and verifying")
    func encryptionKeyIsRefused() throws {
        let signing = try TestKeys.pem("ec256-private.pem")
        var jwk = try signing.jwk(includingPrivate: true)
        jwk["use"] = "enc"
        let key = try JWTKey(jwk: jwk)
        let signingFailure = code { _ = try JWTSigner(key: key, algorithm: .es256) }
        let token = try JWTSigner(key: signing, algorithm: .es256).sign(["sub": "1"])
        let verifier = try JWTVerifier(key: key.publicKey(), algorithms: [.es256], validation: .at(testNow))
        let verifyingFailure = failureCode(token, verifier)
        let hmacJWK = #"{"kty":"oct","use":"enc","k":"\#(Craft.base64url(TestKeys.secret))"}"#
        let hmacVerifier = try JWTVerifier(key: JWTKey(jwk: hmacJWK), algorithms: [.hs256], validation: .at(testNow))
        let hmacFailure = failureCode(Craft.hs256(payload: #"{"sub":"1"}"#), hmacVerifier)
        #expect(key.use == "enc")
        #expect(signingFailure == "key_invalid")
        #expect(verifyingFailure == "key_invalid")
        #expect(hmacFailure == "key_invalid")
    }

    @Test("An RSA private JWK whose numbers do not belong together is refused")
    func inconsistentRSAJWKIsRefused() throws {
        let jwk = try TestKeys.pem("rsa-private.pem").jwk(includingPrivate: true)
        let otherModulus = try JWTKey.generate(for: .rs256).publicKey().jwk()["n"]
        let wrongModulus = code { _ = try JWTKey(jwk: Self.modified(jwk, ["n": otherModulus])) }
        let wrongExponent = code { _ = try JWTKey(jwk: Self.modified(jwk, ["d": Self.flippingLastByte(of: jwk["d"])])) }
        #expect(wrongModulus == "key_invalid")
        #expect(wrongExponent == "key_invalid")
    }

    @Test("An RSA JWK under 2048 bits is refused")
    func smallRSAJWKIsRefused() throws {
        // The RFC 7515 A.2 modulus with its top byte dropped is a 2040-bit number.
        let vector = try JWTKey(jwk: RFCVectors.all[1].jwk).publicKey().jwk()
        let text = try #require(vector["n"]?.stringValue)
        let modulus = try #require(Craft.bytes(fromBase64url: text))
        let shorter = Self.modified(vector, ["n": .string(Craft.base64url(Array(modulus.dropFirst())))])
        let failure = code { _ = try JWTKey(jwk: shorter) }
        #expect(failure == "key_invalid")
    }

    // MARK: Key sets

    @Test("A JWK Set needs distinct kids when it holds several keys")
    func keySetNeedsDistinctKids() throws {
        let first = try TestKeys.pem("ec256-public.pem", kid: "a")
        let second = try TestKeys.pem("ec384-public.pem", kid: "a")
        let sharedKid = code { _ = try JWTKeySet([first, second]) }
        let missingKid = code { _ = try JWTKeySet([first, second.withKid(nil)]) }
        #expect(sharedKid == "key_invalid")
        #expect(missingKid == "key_invalid")
        let single = try JWTKeySet([second.withKid(nil)])
        #expect(single.keys.count == 1)
    }

    @Test(
        "A JWK Set that is not an object with a keys array of JWKs is refused",
        arguments: ["", "[]", #"{"keys":{}}"#, #"{"keys":[1]}"#, #"{"keys":[]}"#, #"{"kys":[]}"#, #"{"keys":[{"kty":"DSA"}]}"#])
    func malformedJWKSIsRefused(text: String) {
        // An empty published set is bad key data, like the others, not a misuse of the API.
        let failure = code { _ = try JWTKeySet(jwks: text) }
        #expect(failure == "key_invalid", "\(text)")
    }

    @Test("The fixture JWK Set loads three restricted public keys")
    func fixtureJWKSLoads() throws {
        let keySet = try JWTKeySet(jwks: Fixtures.interop("jwks.json"))
        #expect(keySet.keys.map(\.kid) == ["rsa-1", "ec-1", "ed-1"])
        #expect(keySet.keys.map(\.algorithm) == [.rs256, .es256, .edDSA])
        #expect(keySet.keys.map(\.family) == [.rsa, .ecP256, .ed25519])
        #expect(keySet.keys.allSatisfy { !$0.canSign && $0.use == "sig" })
    }
}
