// Splitting a compact JWS into its three decoded segments (RFC 7515 §7.1).

/// A compact JWS split and decoded, but not yet verified.
struct CompactToken {
    /// The parsed header.
    let header: JWTHeader
    /// The ASCII bytes of `header.payload`, which the signature covers.
    let signingInput: [UInt8]
    /// The decoded payload bytes.
    let payload: [UInt8]
    /// The decoded signature bytes.
    let signature: [UInt8]

    /// Splits and decodes `token`, checking its size first, then its shape,
    /// the canonical base64url of every segment, and the header's JSON.
    init(parsing token: String, maxSize: Int, maxJSONDepth: Int) throws(JWTError) {
        var token = token
        let result: Result<CompactToken, JWTError> = token.withUTF8 { bytes in
            do throws(JWTError) {
                return .success(try CompactToken(bytes: bytes, maxSize: maxSize, maxJSONDepth: maxJSONDepth))
            } catch {
                return .failure(error)
            }
        }
        self = try result.get()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, maxSize: Int, maxJSONDepth: Int) throws(JWTError) {
        guard bytes.count <= maxSize else { throw .tooLarge(size: bytes.count, limit: maxSize) }
        guard !bytes.isEmpty else { throw .malformed("the token is empty") }
        var dots: [Int] = []
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: ".") {
            dots.append(index)
            if dots.count > 2 { break }
        }
        guard dots.count == 2 else {
            throw .malformed("a JWS has exactly three segments separated by dots; this has \(dots.count + 1)")
        }
        let headerPart = UnsafeBufferPointer(rebasing: bytes[0..<dots[0]])
        let payloadPart = UnsafeBufferPointer(rebasing: bytes[(dots[0] + 1)..<dots[1]])
        let signaturePart = UnsafeBufferPointer(rebasing: bytes[(dots[1] + 1)...])
        guard let headerBytes = Base64URL.decode(utf8: headerPart), !headerBytes.isEmpty else {
            throw .malformed("the header is not canonical base64url")
        }
        guard let payload = Base64URL.decode(utf8: payloadPart) else {
            throw .malformed("the payload is not canonical base64url")
        }
        guard let signature = Base64URL.decode(utf8: signaturePart) else {
            throw .malformed("the signature is not canonical base64url")
        }
        let headerFields: [String: JSONValue]
        do {
            headerFields = try JSONParser.parseObject(headerBytes, maxDepth: maxJSONDepth)
        } catch {
            throw .malformed("the header is not a JSON object: \(error.reason)")
        }
        self.header = JWTHeader(fields: headerFields)
        self.signingInput = Array(UnsafeBufferPointer(rebasing: bytes[0..<dots[1]]))
        self.payload = payload
        self.signature = signature
    }

    /// Parses the payload as a strict JSON object.
    func claims(maxJSONDepth: Int) throws(JWTError) -> [String: JSONValue] {
        do {
            return try JSONParser.parseObject(payload, maxDepth: maxJSONDepth)
        } catch {
            throw .malformed("the payload is not a JSON object: \(error.reason)")
        }
    }
}
