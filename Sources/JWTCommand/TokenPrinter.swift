// Printing a token's header and claims for people, with times made readable.
import Foundation
import JWTCore

enum TokenPrinter {
    /// The claims that hold NumericDate times (RFC 7519 §4.1.4-4.1.6).
    static let timeClaims: Set<String> = ["exp", "nbf", "iat"]

    /// Prints a labelled JSON section, then a readable line for each time claim.
    static func printSection(_ title: String, _ fields: [String: JSONValue], now: Date) {
        print(Terminal.bold(title))
        print(JSONValue.object(fields).prettyDescription)
        let times = fields.keys.filter(timeClaims.contains).sorted()
        for name in times {
            guard let seconds = fields[name]?.doubleValue, seconds.isFinite else { continue }
            print(Terminal.dim("  \(name): \(describe(time: seconds, claim: name, now: now))"))
        }
    }

    /// Describes a time claim as a UTC date and a relative phrase such as
    /// "expires in 14 min" or "expired 2 h ago".
    static func describe(time seconds: Double, claim: String, now: Date) -> String {
        let date = Date(timeIntervalSince1970: seconds)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let stamp = formatter.string(from: date)
        let delta = date.timeIntervalSince(now)
        let span = relative(abs(delta))
        switch claim {
        case "exp": return "\(stamp) (" + (delta > 0 ? "expires in \(span)" : "expired \(span) ago") + ")"
        case "nbf": return "\(stamp) (" + (delta > 0 ? "valid in \(span)" : "valid since \(span) ago") + ")"
        default: return "\(stamp) (" + (delta > 0 ? "issued \(span) in the future" : "issued \(span) ago") + ")"
        }
    }

    /// Rounds a number of seconds to the largest sensible unit: "40 s", "14 min", "2 h", "3 d".
    static func relative(_ seconds: Double) -> String {
        switch seconds {
        case ..<60: "\(Int(seconds)) s"
        case ..<3600: "\(Int(seconds / 60)) min"
        case ..<86400: "\(Int(seconds / 3600)) h"
        default: "\(Int(seconds / 86400)) d"
        }
    }
}
