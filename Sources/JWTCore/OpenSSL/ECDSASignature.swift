// Converting ECDSA signatures between JWS's raw R||S and OpenSSL's DER.
import COpenSSL

/// JWS carries an ECDSA signature as R and S, each a fixed-length big-endian
/// number (RFC 7518 §3.4); OpenSSL reads and writes ASN.1 DER. These helpers
/// convert, and refuse any R or S outside 1...n-1.
enum ECDSASignature {
    /// Converts OpenSSL's DER signature to raw R||S.
    static func rawFromDER(_ der: [UInt8], coordinateLength: Int) throws(JWTError) -> [UInt8] {
        let parsed: OpaquePointer? = der.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_ECDSA_SIG(nil, &cursor, buffer.count)
        }
        guard let parsed else { throw .keyInvalid("OpenSSL produced an unreadable ECDSA signature") }
        defer { ECDSA_SIG_free(parsed) }
        var raw = [UInt8](repeating: 0, count: coordinateLength * 2)
        let written = raw.withUnsafeMutableBufferPointer { buffer in
            let first = BN_bn2binpad(ECDSA_SIG_get0_r(parsed), buffer.baseAddress, Int32(coordinateLength))
            let second = BN_bn2binpad(ECDSA_SIG_get0_s(parsed), buffer.baseAddress! + coordinateLength, Int32(coordinateLength))
            return first == coordinateLength && second == coordinateLength
        }
        guard written else { throw .keyInvalid("OpenSSL produced an oversized ECDSA signature") }
        return raw
    }

    /// Converts raw R||S to DER, or returns `nil` when the length is wrong or
    /// R or S is zero or not below the curve order.
    static func derFromRaw(_ raw: [UInt8], keyType: AsymmetricKeyType) -> [UInt8]? {
        guard let length = keyType.coordinateLength, let order = curveOrder(keyType), raw.count == 2 * length else { return nil }
        let r = Array(raw[0..<length])
        let s = Array(raw[length...])
        guard isInRange(r, order: order), isInRange(s, order: order) else { return nil }
        guard let signature = ECDSA_SIG_new() else { return nil }
        defer { ECDSA_SIG_free(signature) }
        let rNumber = r.withUnsafeBufferPointer { BN_bin2bn($0.baseAddress, Int32(length), nil) }
        let sNumber = s.withUnsafeBufferPointer { BN_bin2bn($0.baseAddress, Int32(length), nil) }
        // ECDSA_SIG_set0 takes ownership of both numbers only when it succeeds.
        guard let rNumber, let sNumber, ECDSA_SIG_set0(signature, rNumber, sNumber) == 1 else {
            BN_free(rNumber)
            BN_free(sNumber)
            return nil
        }
        let derLength = i2d_ECDSA_SIG(signature, nil)
        guard derLength > 0 else { return nil }
        var der = [UInt8](repeating: 0, count: Int(derLength))
        let written = der.withUnsafeMutableBufferPointer { buffer in
            var cursor: UnsafeMutablePointer<UInt8>? = buffer.baseAddress
            return i2d_ECDSA_SIG(signature, &cursor)
        }
        return written == derLength ? der : nil
    }

    /// Whether the big-endian `value` lies in 1...order-1; `value` and `order` have the same length.
    private static func isInRange(_ value: [UInt8], order: [UInt8]) -> Bool {
        guard value.contains(where: { $0 != 0 }) else { return false }
        for (valueByte, orderByte) in zip(value, order) where valueByte != orderByte {
            return valueByte < orderByte
        }
        return false  // Equal to the order.
    }

    /// The order n of each curve's base point, big-endian, padded to the coordinate length (SEC 2).
    private static func curveOrder(_ type: AsymmetricKeyType) -> [UInt8]? {
        let hex: String
        switch type {
        case .ecP256: hex = "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"
        case .ecP384:
            hex = "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973"
        case .ecP521:
            hex =
                "01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
                + "fffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409"
        default: return nil
        }
        return bytes(fromHex: hex)
    }
}

/// Decodes lowercase hex text into bytes.
func bytes(fromHex hex: String) -> [UInt8] {
    var result: [UInt8] = []
    var iterator = hex.utf8.makeIterator()
    while let high = iterator.next(), let low = iterator.next() {
        let value = { (digit: UInt8) -> UInt8 in digit <= UInt8(ascii: "9") ? digit - 48 : digit - 87 }
        result.append(value(high) << 4 | value(low))
    }
    return result
}

/// Checks an Ed25519 signature's shape: 64 bytes, with S below the group order L (RFC 8032 §5.1.7).
enum Ed25519Signature {
    /// L = 2^252 + 27742317777372353535851937790883648493, little-endian.
    private static let groupOrder: [UInt8] = bytes(
        fromHex: "edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010")

    static func isCanonical(_ signature: [UInt8]) -> Bool {
        guard signature.count == 64 else { return false }
        // S is the second half, little-endian: compare from the most significant byte.
        for index in stride(from: 31, through: 0, by: -1) where signature[32 + index] != groupOrder[index] {
            return signature[32 + index] < groupOrder[index]
        }
        return false  // S equals L.
    }
}
