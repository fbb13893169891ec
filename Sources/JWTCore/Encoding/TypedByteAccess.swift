// Reading bytes through a raw pointer with JWTCore's typed errors.

/// Calls `body` with the bytes of `bytes`, keeping `JWTError` as the error
/// type (the standard library's `withUnsafeBytes` rethrows untyped errors).
func withBytes<Result>(
    of bytes: [UInt8], _ body: (UnsafeRawBufferPointer) throws(JWTError) -> Result
) throws(JWTError) -> Result {
    let outcome: Swift.Result<Result, JWTError> = bytes.withUnsafeBytes { buffer in
        do throws(JWTError) {
            return .success(try body(buffer))
        } catch {
            return .failure(error)
        }
    }
    return try outcome.get()
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, keeping `JWTError` as the error type.
    mutating func withUTF8Bytes<Result>(_ body: (UnsafeRawBufferPointer) throws(JWTError) -> Result) throws(JWTError) -> Result {
        let outcome: Swift.Result<Result, JWTError> = withUTF8 { bytes in
            do throws(JWTError) {
                return .success(try body(UnsafeRawBufferPointer(bytes)))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }
}
