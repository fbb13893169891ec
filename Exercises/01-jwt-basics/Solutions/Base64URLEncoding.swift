import ExerciseSupport
import JWTCore

public func base64URLEncode(_ bytes: [UInt8]) throws -> String {
    Base64URL.encode(bytes)
}
