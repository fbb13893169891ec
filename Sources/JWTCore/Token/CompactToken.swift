// Splitting a compact JWS into its three decoded segments (RFC 7515 §7.1).

/// A compact JWS split and decoded, but not yet verified.
struct CompactToken {
    /// The parsed header.
    let header: JWTHeader
    /// The token as given; its first `signingInputCount` bytes are
    /// `header.payload`, which the signature covers.
    private var token: String
    private var signingInputCount = 0
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
        self.token = token
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, maxSize: Int, maxJSONDepth: Int) throws(JWTError) {
        guard bytes.count <= maxSize else { throw .tooLarge(size: bytes.count, limit: maxSize) }
        guard !bytes.isEmpty else { throw .malformed("the token is empty") }
        // The positions of the first two dots, and how many dots there are (counting stops at three).
        var dots = (0, 0)
        var dotCount = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: ".") {
            if dotCount == 0 { dots.0 = index } else if dotCount == 1 { dots.1 = index }
            dotCount += 1
            if dotCount > 2 { break }
        }
        guard dotCount == 2 else {
            throw .malformed("a JWS has exactly three segments separated by dots; this has \(dotCount + 1)")
        }
        let headerPart = UnsafeBufferPointer(rebasing: bytes[0..<dots.0])
        let payloadPart = UnsafeBufferPointer(rebasing: bytes[(dots.0 + 1)..<dots.1])
        let signaturePart = UnsafeBufferPointer(rebasing: bytes[(dots.1 + 1)...])
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
        self.token = ""
        self.signingInputCount = dots.1
        self.payload = payload
        self.signature = signature
    }

    /// Calls `body` with the bytes the signature covers, without copying them.
    mutating func withSigningInput<Result>(_ body: (UnsafeRawBufferPointer) throws(JWTError) -> Result) throws(JWTError) -> Result {
        let count = signingInputCount
        return try token.withUTF8Bytes { bytes throws(JWTError) in
            try body(UnsafeRawBufferPointer(rebasing: bytes[..<count]))
        }
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
