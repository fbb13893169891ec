// Decoding a JSON request body into a Decodable type, with clear errors.
import Foundation
import Hummingbird

extension Request {
    /// Decodes the body as JSON into `type`.
    ///
    /// Every way a body can be wrong becomes a ``WebError`` that names the
    /// problem: ``WebError/malformedBody(_:)`` for text that is not JSON or
    /// not an object, ``WebError/missingFields(_:)``,
    /// ``WebError/invalidField(_:reason:)``, and the errors of
    /// ``readUTF8Body(limit:)``. The `Content-Type` must be JSON
    /// (`application/json`, or a `+json` type): a body sent as a form, as
    /// plain text or with no type is refused before it is read with
    /// ``WebError/unsupportedMediaType``, as Flask's `request.json` refuses
    /// it (415), rather than guessed at.
    ///
    /// ```swift
    /// let login = try await request.decodeJSONBody(as: LoginRequest.self)
    /// ```
    public func decodeJSONBody<Value: Decodable>(as type: Value.Type, limit: Int = RequestLimits.maxBodyBytes)
        async throws -> Value
    {
        guard Self.isJSON(mediaType: headers[.contentType]) else {
            throw WebError.unsupportedMediaType
        }
        let bytes = try await readUTF8Body(limit: limit)
        guard bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw WebError.malformedBody("the body is empty; send a JSON object")
        }
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch let DecodingError.keyNotFound(key, context) {
            throw WebError.missingFields([Self.fieldName(context.codingPath + [key])])
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            guard !context.codingPath.isEmpty else { throw WebError.malformedBody("expected a JSON object") }
            throw WebError.invalidField(Self.fieldName(context.codingPath), reason: "has the wrong type")
        } catch {
            throw WebError.malformedBody("it is not valid JSON")
        }
    }

    /// Whether a `Content-Type` value names JSON: `application/json` or
    /// `application/<anything>+json`, with or without parameters such as `charset`.
    static func isJSON(mediaType contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mediaType = contentType.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json"))
    }

    private static func fieldName(_ path: [any CodingKey]) -> String {
        path.map(\.stringValue).joined(separator: ".")
    }
}
