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
    ///
    /// The DER is written here rather than through `ECDSA_SIG` and two
    /// `BIGNUM`s: a SEQUENCE of two positive INTEGERs, each without leading
    /// zero bytes but with one zero byte when its top bit is set (X.690 §8.3).
    static func derFromRaw(_ raw: [UInt8], keyType: AsymmetricKeyType) -> [UInt8]? {
        guard let length = keyType.coordinateLength, let order = curveOrder(keyType), raw.count == 2 * length else { return nil }
        let r = raw[0..<length]
        let s = raw[length...]
        guard isInRange(r, order: order), isInRange(s, order: order) else { return nil }
        let rInteger = derIntegerContents(r)
        let sInteger = derIntegerContents(s)
        let contentLength = 2 + rInteger.count + 2 + sInteger.count
        var der: [UInt8] = [0x30]
        der.reserveCapacity(3 + contentLength)
        // P-521 signatures run past 127 bytes and need the long form of the length.
        if contentLength > 127 { der.append(0x81) }
        der.append(UInt8(contentLength))
        for integer in [rInteger, sInteger] {
            der.append(0x02)
            der.append(UInt8(integer.count))
            der.append(contentsOf: integer)
        }
        return der
    }

    /// The contents of a DER INTEGER for the non-zero big-endian `value`.
    private static func derIntegerContents(_ value: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let trimmed = value.drop(while: { $0 == 0 })
        return trimmed.first! & 0x80 == 0 ? trimmed : [0] + trimmed
    }

    /// Whether the big-endian `value` lies in 1...order-1; `value` and `order` have the same length.
    private static func isInRange(_ value: ArraySlice<UInt8>, order: [UInt8]) -> Bool {
        guard value.contains(where: { $0 != 0 }) else { return false }
        for (valueByte, orderByte) in zip(value, order) where valueByte != orderByte {
            return valueByte < orderByte
        }
        return false  // Equal to the order.
    }

    /// The order n of each curve's base point, big-endian, padded to the coordinate length (SEC 2).
    private static func curveOrder(_ type: AsymmetricKeyType) -> [UInt8]? {
        switch type {
        case .ecP256: CurveOrders.p256
        case .ecP384: CurveOrders.p384
        case .ecP521: CurveOrders.p521
        default: nil
        }
    }
}

/// The curve orders, decoded from hex once.
private enum CurveOrders {
    static let p256 = bytes(fromHex: "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551")
    static let p384 = bytes(
        fromHex: "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973")
    static let p521 = bytes(
        fromHex: "01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            + "fffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409")
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
