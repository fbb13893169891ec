// Base64url without padding (RFC 4648 §5), as JWS requires (RFC 7515 §2).

/// Encodes and strictly decodes base64url text without padding.
///
/// Decoding accepts only the canonical form: the 64-character URL-safe
/// alphabet, no `=` padding, no whitespace, and zero bits in the unused low
/// bits of the last character. So every byte string has exactly one
/// encoding, and a token cannot be altered without changing its bytes.
public enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Maps each ASCII byte to its 6-bit value, or 0xFF when it is not in the alphabet.
    private static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, character) in alphabet.enumerated() {
            table[Int(character)] = UInt8(index)
        }
        return table
    }()

    /// Encodes bytes as base64url without padding.
    ///
    /// ```swift
    /// Base64URL.encode(Array("hi?".utf8)) // Returns "aGk_".
    /// ```
    public static func encode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var output: [UInt8] = []
        append(bytes, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the base64url encoding of `bytes` to `output`, as a token is built.
    static func append<Bytes: Collection>(_ bytes: Bytes, to output: inout [UInt8]) where Bytes.Element == UInt8 {
        let input = Array(bytes)
        let start = output.count
        let count = (input.count * 4 + 2) / 3
        output.append(contentsOf: repeatElement(0, count: count))
        input.withUnsafeBufferPointer { input in
            alphabet.withUnsafeBufferPointer { alphabet in
                output.withUnsafeMutableBufferPointer { buffer in
                    let output = UnsafeMutableBufferPointer(rebasing: buffer[start...])
                    var written = 0
                    var index = 0
                    while index + 3 <= input.count {
                        let chunk = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
                        output[written] = alphabet[Int(chunk >> 18 & 63)]
                        output[written + 1] = alphabet[Int(chunk >> 12 & 63)]
                        output[written + 2] = alphabet[Int(chunk >> 6 & 63)]
                        output[written + 3] = alphabet[Int(chunk & 63)]
                        written += 4
                        index += 3
                    }
                    let remaining = input.count - index
                    if remaining == 1 {
                        let chunk = UInt32(input[index]) << 16
                        output[written] = alphabet[Int(chunk >> 18 & 63)]
                        output[written + 1] = alphabet[Int(chunk >> 12 & 63)]
                    } else if remaining == 2 {
                        let chunk = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8
                        output[written] = alphabet[Int(chunk >> 18 & 63)]
                        output[written + 1] = alphabet[Int(chunk >> 12 & 63)]
                        output[written + 2] = alphabet[Int(chunk >> 6 & 63)]
                    }
                }
            }
        }
    }

    /// Decodes canonical base64url text, or returns `nil` for anything else.
    ///
    /// ```swift
    /// Base64URL.decode("aGk_")  // Returns the bytes of "hi?".
    /// Base64URL.decode("aGk_=") // Returns nil: padding is not allowed.
    /// ```
    public static func decode(_ text: some StringProtocol) -> [UInt8]? {
        var text = String(text)
        return text.withUTF8 { decode(utf8: $0) }
    }

    /// Decodes canonical base64url from raw ASCII bytes, or returns `nil`.
    public static func decode(utf8 input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let count = input.count
        // A length of 1 modulo 4 cannot come from any byte string.
        if count % 4 == 1 { return nil }
        let outputCount = count * 3 / 4
        var failed = false
        let output = [UInt8](unsafeUninitializedCapacity: outputCount) { output, initialized in
            initialized = 0
            var written = 0
            var index = 0
            decodeTable.withUnsafeBufferPointer { table in
                while index + 4 <= count {
                    let a = table[Int(input[index])], b = table[Int(input[index + 1])]
                    let c = table[Int(input[index + 2])], d = table[Int(input[index + 3])]
                    if (a | b | c | d) & 0xC0 != 0 {
                        failed = true
                        return
                    }
                    let chunk = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                    output[written] = UInt8(chunk >> 16 & 0xFF)
                    output[written + 1] = UInt8(chunk >> 8 & 0xFF)
                    output[written + 2] = UInt8(chunk & 0xFF)
                    written += 3
                    index += 4
                }
                let remaining = count - index
                if remaining == 2 {
                    let a = table[Int(input[index])], b = table[Int(input[index + 1])]
                    // The last character may only carry 2 significant bits.
                    if (a | b) & 0xC0 != 0 || b & 0x0F != 0 {
                        failed = true
                        return
                    }
                    output[written] = a << 2 | b >> 4
                    written += 1
                } else if remaining == 3 {
                    let a = table[Int(input[index])], b = table[Int(input[index + 1])]
                    let c = table[Int(input[index + 2])]
                    // The last character may only carry 4 significant bits.
                    if (a | b | c) & 0xC0 != 0 || c & 0x03 != 0 {
                        failed = true
                        return
                    }
                    output[written] = a << 2 | b >> 4
                    output[written + 1] = (b & 0x0F) << 4 | c >> 2
                    written += 2
                }
            }
            initialized = failed ? 0 : written
        }
        return failed ? nil : output
    }
}
