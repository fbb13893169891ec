// The PyJWT-style `JWT.encode` and `JWT.decode` shortcuts.
import Foundation
import JWTCore
import Testing

@Suite("JWT shortcuts")
struct JWTShortcutTests {
    struct Claims: Codable, Equatable {
        let sub: String
        let username: String
        let exp: Date
    }

    @Test("encode and decode round-trip a claims dictionary")
    func dictionaryRoundTrip() throws {
        let key = try TestKeys.hmac()
        let token = try JWT.encode(["sub": "1", "username": "john_doe"], key: key, algorithm: .hs384)
        let claims = try JWT.decode(token, key: key, algorithms: [.hs384], validation: .at(testNow))
        #expect(claims == ["sub": "1", "username": "john_doe"])
    }

    @Test("encode and decode round-trip a Codable value, and decode applies the validation")
    func codableRoundTrip() throws {
        let key = try TestKeys.pem("ed25519-private.pem")
        let value = Claims(sub: "1", username: "john_doe", exp: Date(timeIntervalSince1970: testNow + 60))
        let token = try JWT.encode(value, key: key, algorithm: .edDSA, headerFields: ["kid": "ed-1"])
        let publicKey = try key.publicKey()
        let decoded = try JWT.decode(token, as: Claims.self, key: publicKey, algorithms: [.edDSA], validation: .at(testNow))
        #expect(decoded == value)
        #expect(throws: JWTError.expired) {
            try JWT.decode(token, as: Claims.self, key: publicKey, algorithms: [.edDSA], validation: .at(testNow + 60))
        }
    }

    @Test("decode refuses an algorithm that was not listed")
    func decodeNeedsTheAlgorithmListed() throws {
        let key = try TestKeys.hmac()
        let token = try JWT.encode(["sub": "1"], key: key, algorithm: .hs512)
        let otherAlgorithm = code { _ = try JWT.decode(token, key: key, algorithms: [.hs256], validation: .at(testNow)) }
        let noAlgorithm = code { _ = try JWT.decode(token, key: key, algorithms: []) }
        #expect(otherAlgorithm == "algorithm_not_allowed")
        #expect(noAlgorithm == "invalid_usage")
    }
}
