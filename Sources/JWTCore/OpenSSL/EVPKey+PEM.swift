// Reading and writing keys as PEM: SPKI, PKCS#1, PKCS#8, SEC1 and certificates.
import COpenSSL

extension EVPKey {
    /// Reads the first PEM block of `pem`. Encrypted keys are refused rather
    /// than prompting for a passphrase.
    convenience init(pem: String) throws(JWTError) {
        let label = Self.pemLabel(of: pem)
        guard let label else { throw .keyInvalid("not a PEM key: no '-----BEGIN ...-----' line") }
        let bio = try Self.memoryBIO(pem)
        defer { BIO_free(bio) }
        let key: OpaquePointer?
        let isPrivate: Bool
        switch label {
        case "PUBLIC KEY":
            key = PEM_read_bio_PUBKEY(bio, nil, nil, nil)
            isPrivate = false
        case "RSA PUBLIC KEY":
            key = Self.readPKCS1PublicKey(bio: bio)
            isPrivate = false
        case "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY":
            // The callback refuses any passphrase, so OpenSSL never prompts on the terminal.
            key = PEM_read_bio_PrivateKey(bio, nil, { _, _, _, _ in -1 }, nil)
            isPrivate = true
        case "CERTIFICATE":
            let certificate = PEM_read_bio_X509(bio, nil, nil, nil)
            defer { X509_free(certificate) }
            key = certificate.flatMap { X509_get_pubkey($0) }
            isPrivate = false
        case "ENCRYPTED PRIVATE KEY":
            throw .keyInvalid("encrypted private keys are not supported; decrypt it first (openssl pkey -in KEY -out PLAIN)")
        default:
            throw .keyInvalid("unsupported PEM type '\(label)'")
        }
        guard let key else { throw .keyInvalid("could not read the \(label): \(takeOpenSSLError())") }
        try self.init(owning: key, isPrivate: isPrivate)
    }

    /// The public key as SPKI PEM ("BEGIN PUBLIC KEY").
    func publicKeyPEM() throws(JWTError) -> String {
        try Self.writePEM { bio in PEM_write_bio_PUBKEY(bio, pointer) }
    }

    /// The private key as PKCS#8 PEM ("BEGIN PRIVATE KEY").
    func privateKeyPEM() throws(JWTError) -> String {
        guard isPrivate else { throw .invalidUsage("this is a public key; it has no private part to export") }
        return try Self.writePEM { bio in PEM_write_bio_PrivateKey(bio, pointer, nil, nil, 0, nil, nil) }
    }

    /// Returns the label of the first PEM block that holds a key, such as
    /// `"PUBLIC KEY"`. An `EC PARAMETERS` block, which `openssl ecparam
    /// -genkey` writes before the key, is skipped.
    static func pemLabel(of text: String) -> String? {
        var remaining = text[...]
        while let begin = remaining.range(of: "-----BEGIN ") {
            guard let end = remaining[begin.upperBound...].range(of: "-----") else { return nil }
            let label = String(remaining[begin.upperBound..<end.lowerBound])
            if label != "EC PARAMETERS" { return label }
            remaining = remaining[end.upperBound...]
        }
        return nil
    }

    /// Copies `text` into a new memory BIO that the caller frees.
    private static func memoryBIO(_ text: String) throws(JWTError) -> OpaquePointer {
        guard let bio = BIO_new(BIO_s_mem()) else { throw .keyInvalid("out of memory") }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { BIO_write(bio, $0.baseAddress, Int32($0.count)) }
        guard written == bytes.count else {
            BIO_free(bio)
            throw .keyInvalid("out of memory")
        }
        return bio
    }

    /// Reads a PKCS#1 "RSA PUBLIC KEY" block with `d2i_PublicKey`. (OpenSSL's
    /// generic decoder also reads it, but was seen to fail now and then when
    /// many threads read keys at once.)
    private static func readPKCS1PublicKey(bio: OpaquePointer) -> OpaquePointer? {
        var der: UnsafeMutablePointer<UInt8>? = nil
        var name: UnsafeMutablePointer<CChar>? = nil
        var length = 0
        guard PEM_bytes_read_bio(&der, &length, &name, "RSA PUBLIC KEY", bio, nil, nil) == 1, let der else { return nil }
        defer {
            jwt_openssl_free(der)
            jwt_openssl_free(name)
        }
        var cursor: UnsafePointer<UInt8>? = UnsafePointer(der)
        return d2i_PublicKey(EVP_PKEY_RSA, nil, &cursor, length)
    }

    private static func writePEM(_ write: (OpaquePointer) -> Int32) throws(JWTError) -> String {
        guard let bio = BIO_new(BIO_s_mem()) else { throw .keyInvalid("out of memory") }
        defer { BIO_free(bio) }
        guard write(bio) == 1 else { throw .keyInvalid("could not write PEM: \(takeOpenSSLError())") }
        var data: UnsafeMutablePointer<CChar>? = nil
        let length = jwt_bio_get_mem_data(bio, &data)
        guard let data, length > 0 else { throw .keyInvalid("could not write PEM") }
        let bytes = UnsafeRawBufferPointer(start: data, count: length)
        return String(decoding: bytes, as: UTF8.self)
    }
}
