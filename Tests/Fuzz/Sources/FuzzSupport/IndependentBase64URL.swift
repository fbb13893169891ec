// A base64url check that shares no code with JWTCore's decoder.
import Foundation

/// Decodes base64url through Foundation's base64 decoder, so the oracles do
/// not trust the code they check.
public enum IndependentBase64URL {
    /// The bytes of `segment` when it is canonical unpadded base64url, or `nil`.
    ///
    /// Canonical means that encoding the decoded bytes again gives back exactly
    /// `segment`: no padding, no `+` or `/`, no whitespace, and zero unused bits.
    public static func canonicalBytes(_ segment: Substring) -> [UInt8]? {
        var standard = segment.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        if standard.count % 4 != 0 {
            standard += String(repeating: "=", count: 4 - standard.count % 4)
        }
        guard let data = Data(base64Encoded: standard) else { return nil }
        return encode(Array(data)) == segment ? Array(data) : nil
    }

    /// Encodes bytes as unpadded base64url.
    public static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
