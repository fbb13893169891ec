// Reading which JWTError an exercise throws, by its stable code.
import JWTCore

/// Returns the ``JWTError/code`` that `body` throws, or `nil` when it returns normally.
///
/// Codes ignore the detail text, so any wording of `JWTError.malformed("...")` matches
/// "malformed". An error that is not a `JWTError` comes back as a description that matches
/// no code, so the failure shows what was thrown instead.
///
/// ```swift
/// let code = thrownCode { try decodeHeader(of: "not a token") } // Returns "malformed".
/// ```
func thrownCode<Value>(_ body: () throws -> Value) -> String? {
    do {
        _ = try body()
        return nil
    } catch let error as JWTError {
        return error.code
    } catch {
        return "not a JWTError: \(error)"
    }
}
