// Bridging Codable claim types to and from JSON payload bytes.
import Foundation

enum ClaimsCoding {
    /// Encodes claims as compact JSON with sorted keys and NumericDate dates.
    static func encode<Claims: Encodable>(_ claims: Claims) throws(JWTError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(claims)
        } catch {
            throw .invalidUsage("the claims could not be encoded: \(error)")
        }
        let bytes = [UInt8](data)
        guard bytes.first == UInt8(ascii: "{") else { throw .invalidUsage("claims must encode to a JSON object") }
        return bytes
    }

    /// Decodes claims from payload bytes that already passed the strict parser.
    static func decode<Claims: Decodable>(_ type: Claims.Type, from payload: [UInt8]) throws(JWTError) -> Claims {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        do {
            return try decoder.decode(type, from: Data(payload))
        } catch let DecodingError.keyNotFound(key, _) {
            throw .missingClaim(key.stringValue)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .invalidClaim("\(context.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type")
        } catch {
            throw .invalidClaim("the claims do not match \(Claims.self)")
        }
    }
}
