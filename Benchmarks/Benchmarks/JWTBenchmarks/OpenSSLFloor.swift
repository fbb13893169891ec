// The floor: the raw OpenSSL 3 calls under each algorithm, with no JWT
// around them. Keys are loaded once from the same PEM the JWTCore rows use.
import Benchmark
import CBenchmarkOpenSSL
import JWTCore

/// OpenSSL handles shared by the floor rows; fetched once, never freed.
private enum Fetched {
    nonisolated(unsafe) static let sha256: OpaquePointer = EVP_MD_fetch(nil, "SHA256", nil)!
    nonisolated(unsafe) static let hmac: OpaquePointer = EVP_MAC_fetch(nil, "HMAC", nil)!
}

/// An owned `EVP_PKEY` read from PEM.
private final class FloorKey: @unchecked Sendable {
    let pointer: OpaquePointer

    init(privatePEM pem: String) {
        pointer = FloorKey.read(pem) { bio in PEM_read_bio_PrivateKey(bio, nil, nil, nil) }
    }

    init(publicPEM pem: String) {
        pointer = FloorKey.read(pem) { bio in PEM_read_bio_PUBKEY(bio, nil, nil, nil) }
    }

    private static func read(_ pem: String, _ reader: (OpaquePointer?) -> OpaquePointer?) -> OpaquePointer {
        var text = Array(pem.utf8)
        let bio = text.withUnsafeMutableBytes { BIO_new_mem_buf($0.baseAddress, Int32($0.count)) }
        defer { BIO_free(bio) }
        return reader(bio)!
    }

    deinit { EVP_PKEY_free(pointer) }
}

/// How the floor sets up each signature algorithm on a fresh key context.
private func configure(_ keyContext: OpaquePointer?, for algorithm: JWTAlgorithm) {
    switch algorithm {
    case .rs256: precondition(EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) == 1)
    case .ps256:
        precondition(EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1)
        precondition(EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1)
    default: break
    }
}

private func digest(for algorithm: JWTAlgorithm) -> OpaquePointer? {
    algorithm == .edDSA ? nil : Fetched.sha256
}

/// Signs once with the floor's calls and returns the signature's length (DER for ECDSA).
///
/// Each operation makes and initialises a fresh `EVP_MD_CTX`, the plain way to
/// use OpenSSL's signature API.
private func floorSign(_ input: [UInt8], key: FloorKey, algorithm: JWTAlgorithm, output: inout [UInt8]) -> Int {
    let context = EVP_MD_CTX_new()!
    defer { EVP_MD_CTX_free(context) }
    var keyContext: OpaquePointer? = nil
    precondition(EVP_DigestSignInit(context, &keyContext, digest(for: algorithm), nil, key.pointer) == 1)
    configure(keyContext, for: algorithm)
    var length = output.count
    let status = output.withUnsafeMutableBufferPointer { signature in
        input.withUnsafeBufferPointer { EVP_DigestSign(context, signature.baseAddress, &length, $0.baseAddress, $0.count) }
    }
    precondition(status == 1)
    return length
}

/// Registers the floor rows for `algorithm`: sign and verify, or the HMAC for HS256.
func registerFloor(_ algorithm: JWTAlgorithm) {
    if algorithm == .hs256 {
        registerHMACFloor()
        return
    }
    let input = Workload.signingInput(algorithm)
    // The keys are read here, on the main thread, as JWTCore's and jwt-kit's are:
    // an RSA key read inside the benchmark closure signed at half speed and
    // verified 40% slower, for every library alike (see the README).
    let privateKey = FloorKey(privatePEM: Workload.privatePEM(algorithm))
    let publicKey = FloorKey(publicPEM: Workload.publicPEM(algorithm))
    Benchmark("\(algorithm.rawValue) sign: OpenSSL floor") { benchmark in
        let key = privateKey
        var output = [UInt8](repeating: 0, count: 512)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(floorSign(input, key: key, algorithm: algorithm, output: &output))
        }
    }
    Benchmark("\(algorithm.rawValue) verify: OpenSSL floor") { benchmark in
        let key = publicKey
        // OpenSSL verifies the signature form it writes: DER for ECDSA. RSA and
        // Ed25519 signatures are the token's own bytes.
        var signature = Workload.signature(algorithm)
        if algorithm == .es256 {
            var output = [UInt8](repeating: 0, count: 512)
            let length = floorSign(input, key: privateKey, algorithm: algorithm, output: &output)
            signature = Array(output[..<length])
        }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let context = EVP_MD_CTX_new()!
            defer { EVP_MD_CTX_free(context) }
            var keyContext: OpaquePointer? = nil
            precondition(EVP_DigestVerifyInit(context, &keyContext, digest(for: algorithm), nil, key.pointer) == 1)
            configure(keyContext, for: algorithm)
            let status = signature.withUnsafeBufferPointer { signatureBytes in
                input.withUnsafeBufferPointer {
                    EVP_DigestVerify(context, signatureBytes.baseAddress, signatureBytes.count, $0.baseAddress, $0.count)
                }
            }
            precondition(status == 1, "the floor must verify the workload's signature")
        }
    }
}

/// HMAC-SHA256 over the HS256 signing input, keyed once; each run re-initialises
/// the same context (a NULL key keeps the key already set).
private func registerHMACFloor() {
    Benchmark("HS256 HMAC-SHA256: OpenSSL floor") { benchmark in
        let input = Workload.signingInput(.hs256)
        let secret = Array(Workload.hmacSecret.utf8)
        let context = EVP_MAC_CTX_new(Fetched.hmac)!
        defer { EVP_MAC_CTX_free(context) }
        let keyed = "SHA256".withCString { digestName in
            "digest".withCString { parameterName in
                var parameters = [
                    OSSL_PARAM_construct_utf8_string(parameterName, UnsafeMutablePointer(mutating: digestName), 0),
                    OSSL_PARAM_construct_end(),
                ]
                return EVP_MAC_init(context, secret, secret.count, &parameters)
            }
        }
        precondition(keyed == 1)
        var mac = [UInt8](repeating: 0, count: 32)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var length = 0
            let ok = mac.withUnsafeMutableBufferPointer { output in
                input.withUnsafeBufferPointer { message in
                    EVP_MAC_init(context, nil, 0, nil) == 1 && EVP_MAC_update(context, message.baseAddress, message.count) == 1
                        && EVP_MAC_final(context, output.baseAddress, &length, 32) == 1
                }
            }
            precondition(ok && length == 32)
            blackHole(mac)
        }
    }
}

/// Standard base64 decoding of the same three segments (padded and in the
/// standard alphabet beforehand, outside the measurement).
func registerBase64Floor() {
    Benchmark("base64url decode: OpenSSL floor") { benchmark in
        let segments: [[UInt8]] = Workload.tokens[.hs256]!.split(separator: ".").map { segment in
            var text = String(segment).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            while text.utf8.count % 4 != 0 { text += "=" }
            return Array(text.utf8)
        }
        var output = [UInt8](repeating: 0, count: 1024)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for segment in segments {
                let length = output.withUnsafeMutableBufferPointer { decoded in
                    segment.withUnsafeBufferPointer { EVP_DecodeBlock(decoded.baseAddress, $0.baseAddress, Int32($0.count)) }
                }
                precondition(length >= 0)
                blackHole(length)
            }
        }
    }
}
