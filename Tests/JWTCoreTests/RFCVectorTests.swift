// The published JWS examples of RFC 7515 A.1-A.4, RFC 8037 A.4 and RFC 7520 §4.1-4.4.
//
// JWTCore has no public API that signs caller-supplied header bytes, so the deterministic
// vectors (HS*, RS*, EdDSA) are verified here but not re-signed byte for byte.
import Foundation
import JWTCore
import Testing

extension RFCVectors.Vector: CustomTestStringConvertible {
    var testDescription: String { name }
}

@Suite("RFC JWS vectors")
struct RFCVectorTests {
    /// A time before the examples' `exp` of 1300819380 (2011-03-22T18:43:00Z).
    static let beforeExpiry: TimeInterval = 1_300_819_000

    /// The vectors whose payload is a JWT claims set with `exp` (RFC 7515 A.1-A.3).
    static let claimsVectors = RFCVectors.all.filter { $0.expiration != nil }

    /// The vectors whose payload is plain text (RFC 7515 A.4, RFC 8037 A.4, RFC 7520 §4).
    static let textVectors = RFCVectors.all.filter { $0.expiration == nil }

    /// The public half of the vector's key (an HMAC key is its own verification key).
    static func verificationKey(_ vector: RFCVectors.Vector) throws -> JWTKey {
        let key = try JWTKey(jwk: vector.jwk)
        return key.family == .hmac ? key : try key.publicKey()
    }

    static func verifier(_ vector: RFCVectors.Vector, at seconds: TimeInterval = beforeExpiry) throws -> JWTVerifier {
        let algorithm = try #require(JWTAlgorithm(rawValue: vector.algorithm))
        return try JWTVerifier(key: verificationKey(vector), algorithms: [algorithm], validation: .at(seconds))
    }

    @Test("The vector table holds every required RFC example")
    func tableIsComplete() {
        let names = RFCVectors.all.map(\.name)
        #expect(names.count == 9)
        for prefix in [
            "RFC 7515 A.1", "RFC 7515 A.2", "RFC 7515 A.3", "RFC 7515 A.4", "RFC 8037 A.4",
            "RFC 7520 4.1", "RFC 7520 4.2", "RFC 7520 4.3", "RFC 7520 4.4",
        ] {
            #expect(names.contains { $0.hasPrefix(prefix) }, "missing \(prefix)")
        }
        #expect(Self.claimsVectors.count == 3)
        #expect(Self.textVectors.count == 6)
    }

    @Test("A vector's payload segment decodes to the published payload", arguments: RFCVectors.all)
    func payloadDecodesToPublishedText(vector: RFCVectors.Vector) throws {
        let segments = vector.token.split(separator: ".", omittingEmptySubsequences: false)
        let payload = try #require(Base64URL.decode(segments[1]))
        #expect(payload == Array(try #require(vector.payloadJSON).utf8))
        #expect("\(segments[0]).\(segments[1])" == vector.signingInput)
    }

    @Test("A claims vector verifies with its JWK before exp", arguments: claimsVectors)
    func claimsVectorVerifiesBeforeExpiry(vector: RFCVectors.Vector) throws {
        let verified = try Self.verifier(vector).verify(vector.token)
        let expiration = try #require(vector.expiration)
        let expected: [String: JSONValue] = [
            "iss": "joe", "exp": .integer(Int64(expiration)), "http://example.com/is_root": true,
        ]
        #expect(verified.claims == expected)
        #expect(verified.header.algorithmName == vector.algorithm)
    }

    @Test("A claims vector verifies with its full private JWK too", arguments: claimsVectors)
    func claimsVectorVerifiesWithPrivateJWK(vector: RFCVectors.Vector) throws {
        let algorithm = try #require(JWTAlgorithm(rawValue: vector.algorithm))
        let verifier = try JWTVerifier(
            key: JWTKey(jwk: vector.jwk), algorithms: [algorithm], validation: .at(Self.beforeExpiry))
        let verified = try verifier.verify(vector.token)
        #expect(verified.claims["iss"] == "joe")
    }

    @Test("A claims vector is expired at exactly its exp and one second later", arguments: claimsVectors)
    func claimsVectorExpiresAtExp(vector: RFCVectors.Vector) throws {
        let expiration = TimeInterval(try #require(vector.expiration))
        #expect(expiration == 1_300_819_380)
        #expect(throws: JWTError.expired) { try Self.verifier(vector, at: expiration).verify(vector.token) }
        #expect(throws: JWTError.expired) { try Self.verifier(vector, at: expiration + 1).verify(vector.token) }
        let lastValidSecond = try Self.verifier(vector, at: expiration - 1).verify(vector.token)
        #expect(lastValidSecond.claims["iss"] == "joe")
    }

    @Test("A text vector passes the signature check and then fails as a non-JSON payload", arguments: textVectors)
    func textVectorSignatureChecksOut(vector: RFCVectors.Vector) throws {
        // The signature is checked before the payload is parsed, so `malformed` (not
        // `bad_signature`) proves the published signature verified.
        let verifier = try Self.verifier(vector)
        var thrown: JWTError? = nil
        do {
            _ = try verifier.verify(vector.token)
        } catch {
            thrown = error
        }
        let error = try #require(thrown)
        #expect(error.code == "malformed")
        guard case .malformed(let detail) = error else { return }
        #expect(detail.contains("payload"))
    }

    @Test("Flipping one signature bit of any vector gives bad_signature", arguments: RFCVectors.all)
    func tamperedVectorIsRejected(vector: RFCVectors.Vector) throws {
        let tampered = Craft.flippingSignatureBit(of: vector.token)
        #expect(tampered != vector.token)
        let failure = failureCode(tampered, try Self.verifier(vector))
        #expect(failure == "bad_signature")
    }

    @Test("A vector is refused when its algorithm is not allowed", arguments: RFCVectors.all)
    func vectorNeedsItsAlgorithmAllowed(vector: RFCVectors.Vector) throws {
        let key = try Self.verificationKey(vector)
        let others = JWTAlgorithm.allCases.filter { $0.rawValue != vector.algorithm }
        let verifier = try JWTVerifier(key: key, algorithms: others, validation: .at(Self.beforeExpiry))
        let failure = failureCode(vector.token, verifier)
        #expect(failure == "algorithm_not_allowed")
    }

    @Test("The RFC 7520 RSA key verifies the RS256 example but not as PS384", arguments: [RFCVectors.all[5]])
    func rsaVectorIsBoundToItsPadding(vector: RFCVectors.Vector) throws {
        // Same key, same payload: swapping RS256 for PS256 in the header must not verify.
        let header = Craft.base64url(#"{"alg":"PS256","kid":"bilbo.baggins@hobbiton.example"}"#)
        let swapped = Craft.replacingSegment(0, of: vector.token, with: header)
        let verifier = try JWTVerifier(
            key: Self.verificationKey(vector), algorithms: [.rs256, .ps256], validation: .at(Self.beforeExpiry))
        let failure = failureCode(swapped, verifier)
        #expect(vector.algorithm == "RS256")
        #expect(failure == "bad_signature")
    }
}
