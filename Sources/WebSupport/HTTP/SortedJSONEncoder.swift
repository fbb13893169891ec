// The response encoder of every chapter: JSON answers with sorted keys, written by JWTCore.
import Foundation
import Hummingbird
import JWTCore

/// Encodes a route's answer as compact JSON with sorted keys:
/// `{"user_id":1,"username":"john_doe"}` on every run, exactly as the
/// chapter texts show it.
///
/// For the answers the chapters give (strings, integers, objects and
/// arrays of them) it writes the bytes that `JSONEncoder` with `.sortedKeys`
/// and `.withoutEscapingSlashes` writes, through JWTCore's ``CompactJSON``,
/// which skips `JSONEncoder`'s generic containers: on a route whose work
/// is otherwise a dictionary lookup, `JSONEncoder` took about 2 µs of the
/// server's time per request (Benchmarks/README.md). It differs where
/// JWTCore writes claims its own way: a `Date` is seconds since 1970 (a
/// NumericDate), not `JSONEncoder`'s default seconds since 2001, and
/// whole numbers are written without an exponent. No chapter answers with
/// either.
///
/// ```swift
/// struct AppRequestContext: RequestContext {
///     var responseEncoder: SortedJSONEncoder { SortedJSONEncoder() }
/// }
/// ```
public struct SortedJSONEncoder: ResponseEncoder, Sendable {
    public init() {}

    /// Returns a 200 answer holding `value` as JSON, or throws an
    /// `EncodingError` when `value` cannot be JSON (it holds infinity or NaN).
    /// The error carries the reason only, never the value: Hummingbird logs
    /// the errors of a request, and an answer may hold a token.
    public func encode(_ value: some Encodable, from request: Request, context: some RequestContext) throws -> Response {
        let bytes: [UInt8]
        do {
            bytes = try CompactJSON.encode(value)
        } catch {
            throw EncodingError.invalidValue(error.message, .init(codingPath: [], debugDescription: error.message))
        }
        return Response(
            status: .ok,
            headers: [.contentType: "application/json; charset=utf-8", .contentLength: String(bytes.count)],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
