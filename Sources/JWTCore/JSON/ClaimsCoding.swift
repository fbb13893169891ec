// Bridging Codable claim types to and from JSON payload bytes.
import Foundation

enum ClaimsCoding {
    /// Encodes claims as compact JSON with sorted keys and NumericDate dates,
    /// with ``ClaimsEncoder`` and ``JSONWriter``.
    static func encode<Claims: Encodable>(_ claims: Claims) throws(JWTError) -> [UInt8] {
        try ClaimsEncoder.encodeObject(claims)
    }

    /// Decodes claims from the members the strict parser already read, with
    /// ``ClaimsDecoder``: the payload is never parsed a second time.
    static func decode<Claims: Decodable>(_ type: Claims.Type, from claims: [String: JSONValue]) throws(JWTError) -> Claims {
        do {
            return try ClaimsDecoder.decode(type, from: .object(claims))
        } catch let DecodingError.keyNotFound(key, _) {
            throw .missingClaim(key.stringValue)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
            let DecodingError.dataCorrupted(context)
        {
            throw .invalidClaim(context.debugDescription)
        } catch {
            throw .invalidClaim("the claims do not match \(Claims.self): \(error)")
        }
    }
}
