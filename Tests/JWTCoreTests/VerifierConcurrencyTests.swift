// One verifier shared by many concurrent tasks, across HMAC, ECDSA and EdDSA keys.
import JWTCore
import Testing

@Suite("Concurrent verification")
struct VerifierConcurrencyTests {
    @Test("One verifier checks 200 tokens from concurrent tasks, across HS256, ES256 and EdDSA")
    func sharedVerifierIsConcurrencySafe() async throws {
        let signers = [
            try JWTSigner(key: TestKeys.hmac(kid: "hs"), algorithm: .hs256),
            try JWTSigner(key: TestKeys.pem("ec256-private.pem", kid: "es"), algorithm: .es256),
            try JWTSigner(key: TestKeys.pem("ed25519-private.pem", kid: "ed"), algorithm: .edDSA),
        ]
        let keySet = try JWTKeySet([
            TestKeys.hmac(kid: "hs"), TestKeys.pem("ec256-public.pem", kid: "es"), TestKeys.pem("ed25519-public.pem", kid: "ed"),
        ])
        let verifier = try JWTVerifier(keySet: keySet, algorithms: [.hs256, .es256, .edDSA], validation: .at(testNow))
        let tokens = try (0..<200).map { index in
            try signers[index % signers.count].sign(["sub": .string("user-\(index)"), "exp": .integer(Int64(testNow) + 60)])
        }

        let results = await withTaskGroup(of: (Int, String).self) { group in
            for (index, token) in tokens.enumerated() {
                group.addTask {
                    do {
                        let verified = try verifier.verify(token)
                        return (index, verified.claims["sub"]?.stringValue ?? "no sub")
                    } catch {
                        return (index, "failed: \(error)")
                    }
                }
            }
            var collected: [Int: String] = [:]
            for await (index, subject) in group { collected[index] = subject }
            return collected
        }

        #expect(results.count == 200)
        let wrong = results.filter { $0.value != "user-\($0.key)" }
        #expect(wrong.isEmpty, "\(wrong.count) verifications failed or returned the wrong subject")
    }

    @Test("A shared verifier still refuses tampered tokens under concurrency")
    func sharedVerifierRefusesTamperedTokens() async throws {
        let signer = try JWTSigner(key: TestKeys.pem("ec256-private.pem"), algorithm: .es256)
        let verifier = try JWTVerifier(key: TestKeys.pem("ec256-public.pem"), algorithms: [.es256], validation: .at(testNow))
        let good = try signer.sign(["sub": "1"])
        let bad = Craft.flippingSignatureBit(of: good)
        let codes = await withTaskGroup(of: String?.self) { group in
            for index in 0..<100 {
                let token = index.isMultiple(of: 2) ? good : bad
                group.addTask { failureCode(token, verifier) }
            }
            var collected: [String?] = []
            for await result in group { collected.append(result) }
            return collected
        }
        let accepted = codes.filter { $0 == nil }.count
        let refused = codes.filter { $0 == "bad_signature" }.count
        #expect(accepted == 50)
        #expect(refused == 50)
    }
}
