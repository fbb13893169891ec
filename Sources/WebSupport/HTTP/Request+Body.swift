// Reading a request body with a size limit and a UTF-8 check.
import Hummingbird

/// The limits the chapters put on what a client sends.
public enum RequestLimits {
    /// The largest request body read, in bytes. A login needs a few hundred.
    public static let maxBodyBytes = 16 * 1024
}

extension Request {
    /// Reads the whole body as UTF-8 text, refusing more than `limit` bytes
    /// with ``WebError/bodyTooLarge(limit:)`` and bytes that are not UTF-8
    /// with ``WebError/bodyNotUTF8``.
    public func readUTF8Body(limit: Int = RequestLimits.maxBodyBytes) async throws -> [UInt8] {
        if let declared = headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            throw WebError.bodyTooLarge(limit: limit)
        }
        var bytes: [UInt8] = []
        for try await chunk in body {
            guard bytes.count + chunk.readableBytes <= limit else { throw WebError.bodyTooLarge(limit: limit) }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        // Decoding replaces invalid sequences, so a round trip that changes
        // the bytes means they were not valid UTF-8.
        guard Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes else { throw WebError.bodyNotUTF8 }
        return bytes
    }
}
