// An owned OpenSSL EVP_PKEY: an RSA, EC or Ed25519 key, public or private.
import COpenSSL

/// The asymmetric key types JWS uses.
enum AsymmetricKeyType: Sendable, Equatable {
    case rsa
    case ecP256, ecP384, ecP521
    case ed25519
}

/// An OpenSSL asymmetric key, freed when the last reference goes away.
///
/// The key is never changed after `init`. OpenSSL 3 allows one `EVP_PKEY`
/// to be used from many threads at once as long as nobody modifies it, which
/// is why sharing this class is safe.
final class EVPKey: @unchecked Sendable {
    // `@unchecked` because OpenSSL pointers are not Sendable; see above.
    let pointer: OpaquePointer
    let type: AsymmetricKeyType
    let isPrivate: Bool
    /// Signing and verification contexts set up once, copied for each use.
    let preparedContexts = PreparedContexts()

    /// Takes ownership of `pointer`, checking that it is a key type JWS supports.
    init(owning pointer: OpaquePointer, isPrivate: Bool) throws(JWTError) {
        guard let type = Self.keyType(of: pointer) else {
            EVP_PKEY_free(pointer)
            throw .keyInvalid("unsupported key type; JWS uses RSA, EC P-256/P-384/P-521 and Ed25519 keys")
        }
        self.pointer = pointer
        self.type = type
        self.isPrivate = isPrivate
        if type == .rsa, bits < 2048 {
            throw .keyInvalid("RSA keys must have at least 2048 bits; this one has \(bits) (RFC 7518 §3.3)")
        }
    }

    deinit {
        EVP_PKEY_free(pointer)
    }

    /// The key size in bits.
    var bits: Int { Int(EVP_PKEY_get_bits(pointer)) }

    /// The size of a raw signature made with this key, in bytes.
    var signatureLength: Int {
        switch type {
        case .rsa: (bits + 7) / 8
        case .ecP256: 64
        case .ecP384: 96
        case .ecP521: 132
        case .ed25519: 64
        }
    }

    private static func keyType(of pointer: OpaquePointer) -> AsymmetricKeyType? {
        switch EVP_PKEY_get_base_id(pointer) {
        case EVP_PKEY_RSA: return .rsa
        case EVP_PKEY_ED25519: return .ed25519
        case EVP_PKEY_EC:
            var name = [CChar](repeating: 0, count: 64)
            var length = 0
            guard EVP_PKEY_get_utf8_string_param(pointer, "group", &name, name.count, &length) == 1 else { return nil }
            switch String(decoding: name.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self) {
            case "prime256v1", "P-256": return .ecP256
            case "secp384r1", "P-384": return .ecP384
            case "secp521r1", "P-521": return .ecP521
            default: return nil
            }
        default:
            return nil
        }
    }

    /// Returns a copy holding only the public half of this key.
    func publicOnly() throws(JWTError) -> EVPKey {
        if !isPrivate { return self }
        let pem = try publicKeyPEM()
        return try EVPKey(pem: pem)
    }
}
