// Runs one JWTCore operation many times, for `valgrind --tool=callgrind`,
// which counts instructions the same way whatever else the machine is doing:
//
//     swift build --package-path Benchmarks -c release --product JWTProfile
//     valgrind --tool=callgrind Benchmarks/.build/release/JWTProfile verify 20000 HS256
//
// Operations: verify (the default), sign, and encode (a server's user answer, through CompactJSON).
import Foundation
import JWTCore

struct SessionClaims: Codable {
    var sub: String
    var name: String
    var admin: Bool
    var iat: Date
    var exp: Date
    var iss: String
    var aud: String
}

/// The shape of the servers' `User` answers, for `encode`: CompactJSON as the chapters' response encoder uses it.
struct Member: Codable {
    enum Role: String, Codable { case user, admin }
    let id: Int64
    let username: String
    let role: Role
}

let arguments = CommandLine.arguments
let operation = arguments.count > 1 ? arguments[1] : "verify"
let iterations = arguments.count > 2 ? Int(arguments[2]) ?? 20_000 : 20_000
let algorithm = arguments.count > 3 ? JWTAlgorithm(rawValue: arguments[3]) ?? .hs256 : .hs256

let key =
    algorithm == .hs256
    ? try JWTKey.hmac("a-benchmark-secret-that-is-at-least-32-bytes-long")
    : try JWTKey(pem: JWTKey.generate(for: algorithm).privateKeyPEM())
let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
let claims = SessionClaims(
    sub: "1234567890", name: "John Doe", admin: true, iat: now, exp: now.addingTimeInterval(86_400),
    iss: "https://auth.workbook.example", aud: "workbook-api")
var validation = JWTValidation()
validation.issuer = claims.iss
validation.audience = [claims.aud]
validation.requiredClaims = ["exp"]
let signer = try JWTSigner(key: key, algorithm: algorithm)
let verifier = try JWTVerifier(key: algorithm == .hs256 ? key : key.publicKey(), algorithms: [algorithm], validation: validation)
let token = try signer.sign(claims)

var checksum = 0
for _ in 0..<iterations {
    switch operation {
    case "sign": checksum &+= try signer.sign(claims).utf8.count
    case "encode": checksum &+= try CompactJSON.encode(Member(id: 1, username: "john_doe", role: .user)).count
    default: checksum &+= try verifier.verify(token, as: SessionClaims.self).name.utf8.count
    }
}
print(operation, iterations, checksum)
