// Sending bytes that no HTTP client would send, over a plain TCP socket, with a bounded wait.
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What came back on a raw connection: the bytes the server sent before it
/// closed the connection or before the wait ran out.
public struct RawHTTPReply: Sendable {
    /// How the exchange ended.
    public enum Ending: Sendable {
        /// The server closed the connection in order.
        case closed
        /// The server reset the connection, possibly before its answer arrived.
        case reset
        /// The wait ran out with the connection still open.
        case timedOut
        /// The client hung up right after sending, as asked.
        case abandoned
    }

    /// Every byte received.
    public let bytes: [UInt8]
    /// How the exchange ended.
    public let ending: Ending

    /// Whether the server ended the connection, in order or by a reset.
    public var closedByServer: Bool { ending == .closed || ending == .reset }

    /// The status code of the first response, or `nil` when there is none.
    public var statusCode: Int? {
        let text = String(decoding: bytes.prefix(64), as: UTF8.self)
        guard text.hasPrefix("HTTP/1.1 ") else { return nil }
        return Int(text.dropFirst(9).prefix(3))
    }

    /// The body of the first response (everything after the blank line).
    public var body: String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let range = text.range(of: "\r\n\r\n") else { return "" }
        return String(text[range.upperBound...])
    }
}

/// Sends raw bytes to a server on 127.0.0.1 and reads its answer.
///
/// HummingbirdTesting's clients only send well-formed requests. These tests
/// need the malformed ones too: headers larger than any parser accepts,
/// invalid UTF-8 in a header, a request abandoned half way.
///
/// ```swift
/// let reply = try await RawHTTPExchange.send(Array("GARBAGE\r\n\r\n".utf8), port: port)
/// ```
public enum RawHTTPExchange {
    /// Opens a connection to `port`, sends `request`, then reads until the
    /// server closes the connection or `wait` seconds pass without a byte.
    /// With `closeAfterSending`, the client hangs up right after sending and
    /// reads nothing: an abandoned request. The wait is generous because the
    /// whole test suite shares two cores: it bounds a hang, it times nothing.
    ///
    /// The socket calls block, so they run on a Dispatch queue: blocking the
    /// few threads of Swift's concurrency pool would also stall the server
    /// under test, whose handlers run on that pool.
    public static func send(_ request: [UInt8], port: Int, wait: Int = 30, closeAfterSending: Bool = false) async throws
        -> RawHTTPReply
    {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Result { try exchange(request, port: port, wait: wait, closeAfterSending: closeAfterSending) })
            }
        }
    }

    private static func exchange(_ request: [UInt8], port: Int, wait: Int, closeAfterSending: Bool) throws -> RawHTTPReply {
        let socket = try connect(port: port, wait: wait)
        defer { close(socket) }
        var sent = 0
        while sent < request.count {
            // MSG_NOSIGNAL: a server that hangs up mid-request must not kill the test process with SIGPIPE.
            let count = request[sent...].withUnsafeBytes { Foundation.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count < 0 && errno == EINTR { continue }
            // The server may close early, for example on headers it refuses; read what it said.
            guard count > 0 else { break }
            sent += count
        }
        if closeAfterSending { return RawHTTPReply(bytes: [], ending: .abandoned) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
            if count > 0 {
                received += buffer[..<count]
            } else if count == 0 {
                return RawHTTPReply(bytes: received, ending: .closed)
            } else if errno != EINTR {
                let ending: RawHTTPReply.Ending = (errno == EAGAIN || errno == EWOULDBLOCK) ? .timedOut : .reset
                return RawHTTPReply(bytes: received, ending: ending)
            }
        }
    }

    /// Connects to 127.0.0.1:`port` with a receive timeout of `wait` seconds.
    private static func connect(port: Int, wait: Int) throws -> Int32 {
        #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw RawHTTPError.socket(errno) }
        var timeout = timeval(tv_sec: wait, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                Darwin.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
        guard result == 0 else {
            close(socket)
            throw RawHTTPError.connect(errno)
        }
        return socket
    }
}

/// A raw connection that could not be made.
public enum RawHTTPError: Error {
    case socket(Int32)
    case connect(Int32)
}
