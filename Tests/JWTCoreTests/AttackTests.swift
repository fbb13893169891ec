// The attacks of RFC 8725 §2 (JWT Best Current Practices), each tried against JWTCore.
import Foundation
import JWTCore
import Testing

@Suite("RFC 8725 attacks")
struct AttackTests {
    static let claims = #"{"sub":"1","admin":false}"#

    // MARK: §2.1 Weak signatures and insufficient signature validation

    @Test("An unsecured token is refused in any casing of none", arguments: ["none", "None", "NONE", "nOnE"])
    func noneAlgorithmIsRefused(name: String) throws {
        let token = Craft.token(header: Array(#"{"alg":"\#(name)","typ":"JWT"}"#.utf8), payload: Array(Self.claims.utf8))
        #expect(token.hasSuffix("."))
        let everything = JWTAlgorithm.allCases
        let hmac = try JWTVerifier(key: TestKeys.hmac(), algorithms: everything, validation: .at(testNow))
        let rsa = try JWTVerifier(key: TestKeys.pem("rsa-public.pem"), algorithms: everything, validation: .at(testNow))
        let withHMACKey = failureCode(token, hmac)
        let withRSAKey = failureCode(token, rsa)
        #expect(withHMACKey == "algorithm_not_allowed")
        #expect(withRSAKey == "algorithm_not_allowed")
    }

    @Test("A token with no alg at all is refused")
    func missingAlgorithmIsRefused() throws {
        let token = Craft.hs256(header: #"{"typ":"JWT"}"#, payload: Self.claims)
        let failure = failureCode(token, try TestKeys.hs256Verifier())
        #expect(failure == "algorithm_not_allowed")
    }

    @Test(
        "A public key's PEM text cannot become an HMAC secret",
        arguments: ["rsa-public.pem", "rsa-public-pkcs1.pem", "ec256-public.pem", "ed25519-public.pem", "rsa-private.pem"])
    func pemTextIsNotAnHMACSecret(file: String) throws {
        let pem = try Fixtures.interop(file)
        let asText = code { _ = try JWTKey.hmac(pem) }
        let asIndentedBytes = code { _ = try JWTKey.hmac(Array(("\n  " + pem).utf8)) }
        #expect(asText == "key_invalid")
        #expect(asIndentedBytes == "key_invalid")
    }

    @Test("An HS256 token MACed with the RSA public key's PEM is refused by an RSA verifier that also allows HS256")
    func keyConfusionIsRefused() throws {
        let pem = try Fixtures.interop("rsa-public.pem")
        // The classic attack: the attacker MACs with the public PEM text the server publishes.
        let forged = Craft.hs256(payload: #"{"sub":"1","admin":true}"#, secret: Array(pem.utf8))
        let verifier = try JWTVerifier(key: JWTKey(pem: pem), algorithms: [.rs256, .hs256], validation: .at(testNow))
        let failure = failureCode(forged, verifier)
        #expect(failure == "algorithm_not_allowed")
    }

    @Test(
        "A token with its signature stripped is refused",
        arguments: [JWTAlgorithm.hs256, .rs256, .ps256, .es256, .edDSA])
    func strippedSignatureIsRefused(algorithm: JWTAlgorithm) throws {
        let (signer, verifier) = try Self.pair(for: algorithm)
        let token = try signer.sign(["sub": "1"])
        let stripped = Craft.replacingSegment(2, of: token, with: "")
        let signed = failureCode(token, verifier)
        let unsigned = failureCode(stripped, verifier)
        #expect(stripped.hasSuffix("."))
        #expect(signed == nil)
        #expect(unsigned == "bad_signature")
    }

    @Test("An ECDSA signature with r = s = 0 is refused", arguments: [JWTAlgorithm.es256, .es384, .es512])
    func zeroECDSASignatureIsRefused(algorithm: JWTAlgorithm) throws {
        let (signer, verifier) = try Self.pair(for: algorithm)
        let token = try signer.sign(["sub": "1"])
        let length = Craft.signature(of: token).count
        let zeroed = Craft.replacingSignature(of: token, with: [UInt8](repeating: 0, count: length))
        let failure = failureCode(zeroed, verifier)
        #expect(failure == "bad_signature")
    }

    /// The order n of P-256's base point (SEC 2), big-endian.
    static let p256Order: [UInt8] = [
        0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xbc, 0xe6, 0xfa, 0xad, 0xa7, 0x17, 0x9e, 0x84, 0xf3, 0xb9, 0xca, 0xc2, 0xfc, 0x63, 0x25, 0x51,
    ]

    @Test("An ECDSA signature with r or s equal to the curve order is refused", arguments: ["r", "s", "both"])
    func curveOrderInECDSASignatureIsRefused(half: String) throws {
        let (signer, verifier) = try Self.pair(for: .es256)
        let token = try signer.sign(["sub": "1"])
        let signature = Craft.signature(of: token)
        let r = half == "s" ? Array(signature[0..<32]) : Self.p256Order
        let s = half == "r" ? Array(signature[32...]) : Self.p256Order
        let forged = Craft.replacingSignature(of: token, with: r + s)
        let failure = failureCode(forged, verifier)
        #expect(failure == "bad_signature")
    }

    @Test("A DER-encoded ECDSA signature is refused where JWS wants raw R||S", arguments: [JWTAlgorithm.es256, .es384, .es512])
    func derECDSASignatureIsRefused(algorithm: JWTAlgorithm) throws {
        let (signer, verifier) = try Self.pair(for: algorithm)
        let token = try signer.sign(["sub": "1"])
        let raw = Craft.signature(of: token)
        let der = Self.der(r: Array(raw[..<(raw.count / 2)]), s: Array(raw[(raw.count / 2)...]))
        #expect(der.first == 0x30)
        #expect(der != raw)
        let failure = failureCode(Craft.replacingSignature(of: token, with: der), verifier)
        #expect(failure == "bad_signature")
    }

    @Test("An Ed25519 signature with S + L instead of S is refused")
    func nonCanonicalEd25519SignatureIsRefused() throws {
        let (signer, verifier) = try Self.pair(for: .edDSA)
        let token = try signer.sign(["sub": "1"])
        var signature = Craft.signature(of: token)
        // L = 2^252 + 27742317777372353535851937790883648493, little-endian (RFC 8032 §5.1).
        let groupOrder: [UInt8] = [
            0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
        ]
        var carry: UInt16 = 0
        for index in 0..<32 {
            let sum = UInt16(signature[32 + index]) + UInt16(groupOrder[index]) + carry
            signature[32 + index] = UInt8(truncatingIfNeeded: sum)
            carry = sum >> 8
        }
        let canonical = failureCode(token, verifier)
        let nonCanonical = failureCode(Craft.replacingSignature(of: token, with: signature), verifier)
        #expect(carry == 0)  // S < L < 2^253, so S + L still fits in 32 bytes.
        #expect(canonical == nil)
        #expect(nonCanonical == "bad_signature")
    }

    @Test("A payload substituted from another token is refused", arguments: [JWTAlgorithm.hs256, .rs256, .es256, .edDSA])
    func substitutedPayloadIsRefused(algorithm: JWTAlgorithm) throws {
        let (signer, verifier) = try Self.pair(for: algorithm)
        let user = try signer.sign(["sub": "1", "admin": false])
        let admin = try signer.sign(["sub": "1", "admin": true])
        let spliced = Craft.replacingSegment(1, of: user, with: Craft.segments(of: admin)[1])
        let handMade = Craft.replacingSegment(1, of: user, with: Craft.base64url(#"{"admin":true,"sub":"1"}"#))
        let splicedFailure = failureCode(spliced, verifier)
        let handMadeFailure = failureCode(handMade, verifier)
        #expect(splicedFailure == "bad_signature")
        #expect(handMadeFailure == "bad_signature")
    }

    @Test("Swapping the header alg within a key family does not verify")
    func algorithmSwapWithinFamilyIsRefused() throws {
        let key = try TestKeys.pem("rsa-private.pem")
        let token = try JWTSigner(key: key, algorithm: .rs256).sign(["sub": "1"])
        let header = Craft.base64url(#"{"alg":"PS256","typ":"JWT"}"#)
        let verifier = try JWTVerifier(key: key.publicKey(), algorithms: [.rs256, .ps256], validation: .at(testNow))
        let failure = failureCode(Craft.replacingSegment(0, of: token, with: header), verifier)
        #expect(failure == "bad_signature")
    }

    // MARK: §2.6-2.8 Key selection: kid, and keys carried in the header

    static func twoKeySet() throws -> (keySet: JWTKeySet, first: JWTKey, second: JWTKey) {
        let first = try TestKeys.pem("ec256-private.pem", kid: "first")
        let second = try JWTKey.generate(for: .es256, kid: "second")
        return (try JWTKeySet([first.publicKey(), second.publicKey()]), first, second)
    }

    @Test("A kid that names no key in the set is refused without falling back to another key")
    func unknownKidIsRefused() throws {
        let (keySet, first, _) = try Self.twoKeySet()
        let verifier = try JWTVerifier(keySet: keySet, algorithms: [.es256], validation: .at(testNow))
        // Signed by a key that IS in the set, but naming a kid that is not: no fallback.
        let renamed = try JWTSigner(key: first.withKid("retired"), algorithm: .es256).sign(["sub": "1"])
        let genuine = try JWTSigner(key: first, algorithm: .es256).sign(["sub": "1"])
        let renamedFailure = failureCode(renamed, verifier)
        let genuineFailure = failureCode(genuine, verifier)
        #expect(renamedFailure == "key_not_found")
        #expect(genuineFailure == nil)
    }

    @Test("A token without kid is refused by a set of two keys but accepted by a set of one")
    func missingKidNeedsASingleKey() throws {
        let (keySet, first, _) = try Self.twoKeySet()
        let token = try JWTSigner(key: first.withKid(nil), algorithm: .es256).sign(["sub": "1"])
        let two = try JWTVerifier(keySet: keySet, algorithms: [.es256], validation: .at(testNow))
        let one = try JWTVerifier(keySet: JWTKeySet([first.publicKey()]), algorithms: [.es256], validation: .at(testNow))
        let withTwoKeys = failureCode(token, two)
        let withOneKey = failureCode(token, one)
        #expect(withTwoKeys == "key_not_found")
        #expect(withOneKey == nil)
    }

    @Test("A token whose kid names another key is refused by a single-key verifier with a kid")
    func singleKeyVerifierChecksKid() throws {
        let key = try TestKeys.hmac(kid: "current")
        let verifier = try JWTVerifier(key: key, algorithms: [.hs256], validation: .at(testNow))
        let other = try JWTSigner(key: key.withKid("other"), algorithm: .hs256).sign(["sub": "1"])
        let same = try JWTSigner(key: key, algorithm: .hs256).sign(["sub": "1"])
        let otherFailure = failureCode(other, verifier)
        let sameFailure = failureCode(same, verifier)
        #expect(otherFailure == "key_not_found")
        #expect(sameFailure == nil)
    }

    @Test("Keys offered in jwk, jku and x5u headers are never used to verify")
    func headerKeysAreIgnored() throws {
        let attacker = try JWTKey.generate(for: .es256)
        let attackerPublic = try attacker.publicKey().jwk()
        let forged = try JWTSigner(key: attacker, algorithm: .es256).sign(
            ["sub": "1", "admin": true],
            headerFields: [
                "jwk": .object(attackerPublic),
                "jku": "https://attacker.example/jwks.json",
                "x5u": "https://attacker.example/cert.pem",
            ])
        let realKey = try TestKeys.pem("ec256-public.pem")
        let verifier = try JWTVerifier(key: realKey, algorithms: [.es256], validation: .at(testNow))
        // The header members themselves are fine: a genuine token carrying them verifies.
        let genuine = try JWTSigner(key: TestKeys.pem("ec256-private.pem"), algorithm: .es256).sign(
            ["sub": "1"], headerFields: ["jwk": .object(attackerPublic), "jku": "https://attacker.example/jwks.json"])
        let forgedFailure = failureCode(forged, verifier)
        let genuineFailure = failureCode(genuine, verifier)
        #expect(forgedFailure == "bad_signature")
        #expect(genuineFailure == nil)
    }

    // MARK: Helpers

    /// A signer and a verifier (holding only the public key) for `algorithm`, from the fixture keys.
    static func pair(for algorithm: JWTAlgorithm) throws -> (JWTSigner, JWTVerifier) {
        let key: JWTKey
        switch algorithm.keyFamily {
        case .hmac: key = try TestKeys.hmac()
        case .rsa: key = try TestKeys.pem("rsa-private.pem")
        case .ecP256: key = try TestKeys.pem("ec256-private.pem")
        case .ecP384: key = try TestKeys.pem("ec384-private.pem")
        case .ecP521: key = try TestKeys.pem("ec521-private.pem")
        case .ed25519: key = try TestKeys.pem("ed25519-private.pem")
        }
        let verificationKey = algorithm.isSymmetric ? key : try key.publicKey()
        let verifier = try JWTVerifier(key: verificationKey, algorithms: [algorithm], validation: .at(testNow))
        return (try JWTSigner(key: key, algorithm: algorithm), verifier)
    }

    /// Encodes R and S as an ASN.1 DER `ECDSA-Sig-Value`, as OpenSSL would.
    static func der(r: [UInt8], s: [UInt8]) -> [UInt8] {
        func length(_ count: Int) -> [UInt8] {
            count < 0x80 ? [UInt8(count)] : [0x81, UInt8(count)]
        }
        func integer(_ bytes: [UInt8]) -> [UInt8] {
            var value = Array(bytes.drop(while: { $0 == 0 }))
            if value.isEmpty || value[0] & 0x80 != 0 { value.insert(0, at: 0) }
            return [0x02] + length(value.count) + value
        }
        let body = integer(r) + integer(s)
        return [0x30] + length(body.count) + body
    }
}
