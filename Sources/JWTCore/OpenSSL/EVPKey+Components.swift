// Building keys from raw JWK numbers and reading those numbers back out.
import COpenSSL

/// The big-endian numbers of an RSA key, as a JWK carries them (RFC 7518 §6.3).
struct RSAComponents: Sendable, Equatable {
    var modulus: [UInt8]
    var publicExponent: [UInt8]
    /// The private exponent and CRT values; `nil` in a public key.
    var privateExponent: [UInt8]? = nil
    var primes: (first: [UInt8], second: [UInt8])? = nil
    var crt: (firstExponent: [UInt8], secondExponent: [UInt8], coefficient: [UInt8])? = nil

    static func == (left: RSAComponents, right: RSAComponents) -> Bool {
        left.modulus == right.modulus && left.publicExponent == right.publicExponent
            && left.privateExponent == right.privateExponent
    }
}

/// The coordinates and private scalar of an EC key (RFC 7518 §6.2).
struct ECComponents: Sendable, Equatable {
    var x: [UInt8]
    var y: [UInt8]
    var privateScalar: [UInt8]? = nil
}

extension AsymmetricKeyType {
    /// The size of one EC coordinate in bytes.
    var coordinateLength: Int? {
        switch self {
        case .ecP256: 32
        case .ecP384: 48
        case .ecP521: 66
        default: nil
        }
    }

    /// The curve's name as OpenSSL knows it.
    var curveName: String? {
        switch self {
        case .ecP256: "P-256"
        case .ecP384: "P-384"
        case .ecP521: "P-521"
        default: nil
        }
    }
}

extension EVPKey {
    /// Builds an RSA key from its JWK numbers, checking that a private key is consistent.
    convenience init(rsa components: RSAComponents) throws(JWTError) {
        var numbers: [(String, [UInt8])] = [("n", components.modulus), ("e", components.publicExponent)]
        if let privateExponent = components.privateExponent {
            numbers.append(("d", privateExponent))
            if let primes = components.primes {
                numbers += [("rsa-factor1", primes.first), ("rsa-factor2", primes.second)]
            }
            if let crt = components.crt {
                numbers += [
                    ("rsa-exponent1", crt.firstExponent), ("rsa-exponent2", crt.secondExponent),
                    ("rsa-coefficient1", crt.coefficient),
                ]
            }
        }
        let isPrivate = components.privateExponent != nil
        let key = try Self.fromData(keyType: "RSA", isPrivate: isPrivate) { builder, keepAlive in
            Self.push(numbers, to: builder, storage: keepAlive)
        }
        try self.init(owning: key, isPrivate: isPrivate)
        if isPrivate { try checkPair() }
    }

    /// Builds an EC key on `type`'s curve from its JWK coordinates.
    convenience init(ec type: AsymmetricKeyType, components: ECComponents) throws(JWTError) {
        guard let length = type.coordinateLength, let curve = type.curveName else {
            throw .keyInvalid("not an EC key type")
        }
        guard components.x.count == length, components.y.count == length else {
            throw .keyInvalid("EC coordinates for \(curve) must be exactly \(length) bytes (RFC 7518 §6.2.1.2)")
        }
        if let scalar = components.privateScalar, scalar.count != length {
            throw .keyInvalid("the EC private key for \(curve) must be exactly \(length) bytes (RFC 7518 §6.2.2.1)")
        }
        let point: [UInt8] = [0x04] + components.x + components.y
        let isPrivate = components.privateScalar != nil
        let key = try Self.fromData(keyType: "EC", isPrivate: isPrivate) { builder, keepAlive in
            var ok = OSSL_PARAM_BLD_push_utf8_string(builder, keepAlive.cString("group"), keepAlive.cString(curve), 0) == 1
            ok = ok && OSSL_PARAM_BLD_push_octet_string(builder, keepAlive.cString("pub"), keepAlive.bytes(point), point.count) == 1
            if let scalar = components.privateScalar {
                ok = ok && Self.push([("priv", scalar)], to: builder, storage: keepAlive)
            }
            return ok
        }
        try self.init(owning: key, isPrivate: isPrivate)
        try isPrivate ? checkPair() : checkPublic()
    }

    /// Builds an Ed25519 key from its raw public key, and private seed when given (RFC 8037 §2).
    convenience init(ed25519PublicKey publicKey: [UInt8], privateKey: [UInt8]?) throws(JWTError) {
        guard publicKey.count == 32, privateKey?.count ?? 32 == 32 else {
            throw .keyInvalid("Ed25519 keys are exactly 32 bytes (RFC 8037 §2)")
        }
        let key: OpaquePointer?
        if let privateKey {
            key = privateKey.withUnsafeBufferPointer { EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, $0.baseAddress, 32) }
        } else {
            key = publicKey.withUnsafeBufferPointer { EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nil, $0.baseAddress, 32) }
        }
        guard let key else { throw .keyInvalid("could not build the Ed25519 key: \(takeOpenSSLError())") }
        try self.init(owning: key, isPrivate: privateKey != nil)
        if privateKey != nil, try ed25519PublicKey() != publicKey {
            throw .keyInvalid("the Ed25519 public key 'x' does not belong to the private key 'd'")
        }
    }

    /// The RSA numbers of this key; private numbers only when `includePrivate` is set.
    func rsaComponents(includePrivate: Bool) throws(JWTError) -> RSAComponents {
        var components = RSAComponents(modulus: try bigNumber("n"), publicExponent: try bigNumber("e"))
        if includePrivate, isPrivate {
            components.privateExponent = try bigNumber("d")
            components.primes = (try bigNumber("rsa-factor1"), try bigNumber("rsa-factor2"))
            components.crt = (try bigNumber("rsa-exponent1"), try bigNumber("rsa-exponent2"), try bigNumber("rsa-coefficient1"))
        }
        return components
    }

    /// The EC coordinates of this key, each padded to the curve's size.
    func ecComponents(includePrivate: Bool) throws(JWTError) -> ECComponents {
        guard let length = type.coordinateLength else { throw .invalidUsage("not an EC key") }
        var components = ECComponents(x: try bigNumber("qx", padTo: length), y: try bigNumber("qy", padTo: length))
        if includePrivate, isPrivate {
            components.privateScalar = try bigNumber("priv", padTo: length)
        }
        return components
    }

    /// The raw 32-byte Ed25519 public key.
    func ed25519PublicKey() throws(JWTError) -> [UInt8] {
        try rawKey { key, buffer, length in EVP_PKEY_get_raw_public_key(key, buffer, length) }
    }

    /// The raw 32-byte Ed25519 private seed.
    func ed25519PrivateKey() throws(JWTError) -> [UInt8] {
        guard isPrivate else { throw .invalidUsage("this is a public key") }
        return try rawKey { key, buffer, length in EVP_PKEY_get_raw_private_key(key, buffer, length) }
    }

    private func rawKey(
        _ read: (OpaquePointer, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<Int>) -> Int32
    ) throws(JWTError) -> [UInt8] {
        var length = 32
        var bytes = [UInt8](repeating: 0, count: 32)
        let status = bytes.withUnsafeMutableBufferPointer { read(pointer, $0.baseAddress, &length) }
        guard status == 1, length == 32 else { throw .keyInvalid("could not read the Ed25519 key: \(takeOpenSSLError())") }
        return bytes
    }

    private func bigNumber(_ name: String, padTo length: Int? = nil) throws(JWTError) -> [UInt8] {
        var number: OpaquePointer? = nil
        guard EVP_PKEY_get_bn_param(pointer, name, &number) == 1, let number else {
            throw .keyInvalid("could not read the key's '\(name)': \(takeOpenSSLError())")
        }
        defer { BN_clear_free(number) }
        let size = length ?? Int(jwt_bn_num_bytes(number))
        var bytes = [UInt8](repeating: 0, count: size)
        let written = bytes.withUnsafeMutableBufferPointer { BN_bn2binpad(number, $0.baseAddress, Int32(size)) }
        guard written == size else { throw .keyInvalid("the key's '\(name)' is too large") }
        return bytes
    }

    private func checkPair() throws(JWTError) {
        guard let context = EVP_PKEY_CTX_new_from_pkey(nil, pointer, nil) else { throw .keyInvalid("out of memory") }
        defer { EVP_PKEY_CTX_free(context) }
        guard EVP_PKEY_pairwise_check(context) == 1 else {
            throw .keyInvalid("the private and public parts of the key do not match: \(takeOpenSSLError())")
        }
    }

    private func checkPublic() throws(JWTError) {
        guard let context = EVP_PKEY_CTX_new_from_pkey(nil, pointer, nil) else { throw .keyInvalid("out of memory") }
        defer { EVP_PKEY_CTX_free(context) }
        guard EVP_PKEY_public_check(context) == 1 else {
            throw .keyInvalid("the public key is not valid (not a point on the curve?): \(takeOpenSSLError())")
        }
    }

    /// Pushes big-endian numbers as OpenSSL BIGNUM parameters.
    private static func push(_ numbers: [(String, [UInt8])], to builder: OpaquePointer, storage: ParameterStorage) -> Bool {
        for (name, bytes) in numbers {
            guard !bytes.isEmpty, let number = storage.bigNumber(bytes) else { return false }
            guard OSSL_PARAM_BLD_push_BN(builder, storage.cString(name), number) == 1 else { return false }
        }
        return true
    }

    /// Creates a key of `keyType` from parameters that `fill` pushes onto a builder.
    private static func fromData(
        keyType: String, isPrivate: Bool, fill: (OpaquePointer, ParameterStorage) -> Bool
    ) throws(JWTError) -> OpaquePointer {
        guard let builder = OSSL_PARAM_BLD_new() else { throw .keyInvalid("out of memory") }
        defer { OSSL_PARAM_BLD_free(builder) }
        // The parameters point into `storage` until the key is built.
        let storage = ParameterStorage()
        return try withExtendedLifetime(storage) { () throws(JWTError) -> OpaquePointer in
            guard fill(builder, storage), let parameters = OSSL_PARAM_BLD_to_param(builder) else {
                throw .keyInvalid("invalid \(keyType) key numbers")
            }
            defer { OSSL_PARAM_free(parameters) }
            guard let context = EVP_PKEY_CTX_new_from_name(nil, keyType, nil) else { throw .keyInvalid("out of memory") }
            defer { EVP_PKEY_CTX_free(context) }
            var key: OpaquePointer? = nil
            let selection = isPrivate ? jwt_selection_keypair() : jwt_selection_public_key()
            guard EVP_PKEY_fromdata_init(context) == 1, EVP_PKEY_fromdata(context, &key, selection, parameters) == 1, let key else {
                throw .keyInvalid("OpenSSL rejected the \(keyType) key: \(takeOpenSSLError())")
            }
            return key
        }
    }
}

/// Memory that an `OSSL_PARAM_BLD` points into until `OSSL_PARAM_BLD_to_param`
/// copies it: the builder stores pointers, not values, so every string, byte
/// buffer and big number pushed must outlive that call.
private final class ParameterStorage {
    private var buffers: [UnsafeMutableRawBufferPointer] = []
    private var numbers: [OpaquePointer] = []

    func bytes(_ bytes: [UInt8]) -> UnsafeMutableRawPointer {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        buffer.copyBytes(from: bytes)
        buffers.append(buffer)
        return buffer.baseAddress!
    }

    func cString(_ string: String) -> UnsafeMutablePointer<CChar> {
        let pointer = bytes(Array(string.utf8) + [0])
        return pointer.assumingMemoryBound(to: CChar.self)
    }

    func bigNumber(_ bytes: [UInt8]) -> OpaquePointer? {
        guard let number = bytes.withUnsafeBufferPointer({ BN_bin2bn($0.baseAddress, Int32($0.count), nil) }) else {
            return nil
        }
        numbers.append(number)
        return number
    }

    deinit {
        for buffer in buffers {
            buffer.initializeMemory(as: UInt8.self, repeating: 0)
            buffer.deallocate()
        }
        numbers.forEach { BN_clear_free($0) }
    }
}
