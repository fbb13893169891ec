// Reading OpenSSL's thread-local error queue into a message.
import COpenSSL

/// Returns OpenSSL's most recent error as text and clears the queue, so one
/// failure never leaks into the next call's message.
func takeOpenSSLError() -> String {
    var message = ""
    while true {
        let code = ERR_get_error()
        if code == 0 { break }
        if message.isEmpty, let reason = ERR_reason_error_string(code) {
            message = String(cString: reason)
        }
    }
    return message.isEmpty ? "unknown OpenSSL error" : message
}

/// Fills a buffer with cryptographically secure random bytes from OpenSSL.
func secureRandomBytes(count: Int) throws(JWTError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    let status = bytes.withUnsafeMutableBufferPointer { RAND_bytes($0.baseAddress, Int32(count)) }
    guard status == 1 else { throw .keyInvalid("could not generate random bytes: \(takeOpenSSLError())") }
    return bytes
}

/// Compares two byte strings in time that depends only on their lengths.
func constantTimeEquals(_ left: [UInt8], _ right: [UInt8]) -> Bool {
    guard left.count == right.count else { return false }
    let result = left.withUnsafeBytes { leftBytes in
        right.withUnsafeBytes { rightBytes in
            CRYPTO_memcmp(leftBytes.baseAddress, rightBytes.baseAddress, left.count)
        }
    }
    return result == 0
}
