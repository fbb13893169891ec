// Reading PEM keys from many threads at once, as a server does at start-up and tests do in parallel.
import Foundation
import JWTCore
import Testing

@Suite("PEM reading under concurrency")
struct PEMConcurrencyTests {
    @Test(
        "Every PEM format reads correctly from many tasks at once",
        .bug(id: "pkcs1-decoder", "OpenSSL 3.0's decoder once returned 'unsupported' for a PKCS#1 public key in a full parallel run"),
        arguments: ["rsa-public-pkcs1.pem", "rsa-private-pkcs1.pem", "ec256-private-sec1.pem", "rsa-public.pem", "ed25519-private.pem"])
    func pemReadsConcurrently(file: String) async throws {
        let pem = try String(contentsOf: Self.fixture(file), encoding: .utf8)
        let failures = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    var failures = 0
                    for _ in 0..<25 where (try? JWTKey(pem: pem)) == nil {
                        failures += 1
                    }
                    return failures
                }
            }
            return await group.reduce(0, +)
        }
        #expect(failures == 0, "\(failures) of 400 concurrent reads of \(file) failed")
    }

    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/interop/\(name)")
    }
}
