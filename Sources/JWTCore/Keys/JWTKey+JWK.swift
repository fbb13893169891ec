// Reading and writing keys as JSON Web Keys (RFC 7517, RFC 7518 §6, RFC 8037 §2).

extension JWTKey {
    /// Reads a key from the JSON text of one JWK.
    ///
    /// ```swift
    /// let key = try JWTKey(jwk: #"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#)
    /// ```
    public init(jwk text: String) throws(JWTError) {
        let value: [String: JSONValue]
        do {
            value = try JSONParser.parseObject(Array(text.utf8))
        } catch {
            throw .keyInvalid("the JWK is not a JSON object: \(error.reason)")
        }
        try self.init(jwk: value)
    }

    /// Reads a key from a parsed JWK object.
    public init(jwk members: [String: JSONValue]) throws(JWTError) {
        let reader = JWKReader(members: members)
        let kty = try reader.string("kty")
        var algorithm: JWTAlgorithm? = nil
        if let name = try reader.optionalString("alg") {
            guard let known = JWTAlgorithm(rawValue: name) else { throw .keyInvalid("unsupported JWK alg '\(name)'") }
            algorithm = known
        }
        let material: Material
        switch kty {
        case "oct":
            let secret = try reader.bytes("k")
            material = JWTKey.hmacMaterial(try JWTKey.hmac(secret))
        case "RSA":
            var components = RSAComponents(modulus: try reader.bytes("n"), publicExponent: try reader.bytes("e"))
            if members["d"] != nil {
                components.privateExponent = try reader.bytes("d")
                // OpenSSL cannot check a private key without its CRT numbers,
                // so they are required (RFC 7518 §6.3.2 lets a JWK omit them).
                for name in ["p", "q", "dp", "dq", "qi"] where members[name] == nil {
                    throw .keyInvalid("RSA private JWKs need p, q, dp, dq and qi; this one has no '\(name)'")
                }
                components.primes = (try reader.bytes("p"), try reader.bytes("q"))
                components.crt = (try reader.bytes("dp"), try reader.bytes("dq"), try reader.bytes("qi"))
            }
            material = .asymmetric(try EVPKey(rsa: components))
        case "EC":
            let type: AsymmetricKeyType
            switch try reader.string("crv") {
            case "P-256": type = .ecP256
            case "P-384": type = .ecP384
            case "P-521": type = .ecP521
            case let other: throw .keyInvalid("unsupported EC curve '\(other)'")
            }
            let components = ECComponents(
                x: try reader.bytes("x"), y: try reader.bytes("y"),
                privateScalar: members["d"] != nil ? try reader.bytes("d") : nil)
            material = .asymmetric(try EVPKey(ec: type, components: components))
        case "OKP":
            let curve = try reader.string("crv")
            guard curve == "Ed25519" else { throw .keyInvalid("unsupported OKP curve '\(curve)'; JWS uses Ed25519") }
            let privateKey = members["d"] != nil ? try reader.bytes("d") : nil
            material = .asymmetric(try EVPKey(ed25519PublicKey: try reader.bytes("x"), privateKey: privateKey))
        default:
            throw .keyInvalid("unsupported JWK kty '\(kty)'")
        }
        self.init(
            material: material, kid: try reader.optionalString("kid"), algorithm: algorithm,
            use: try reader.optionalString("use"))
        if let algorithm, algorithm.keyFamily != family {
            throw .keyInvalid("the JWK's alg \(algorithm.rawValue) does not fit a \(family.rawValue) key")
        }
    }

    private static func hmacMaterial(_ key: JWTKey) -> Material { key.material }

    /// Returns this key as a JWK object, with its private members only when
    /// `includingPrivate` is set (an HMAC key always includes its secret,
    /// so it needs `includingPrivate` too).
    public func jwk(includingPrivate: Bool = false) throws(JWTError) -> [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        switch material {
        case .secret(let secret):
            guard includingPrivate else {
                throw .invalidUsage("an HMAC JWK is the secret itself; pass includingPrivate: true to export it")
            }
            members = ["kty": "oct", "k": .string(Base64URL.encode(secret.bytes))]
        case .asymmetric(let key):
            switch key.type {
            case .rsa:
                let rsa = try key.rsaComponents(includePrivate: includingPrivate)
                members = ["kty": "RSA", "n": .string(Base64URL.encode(rsa.modulus)), "e": .string(Base64URL.encode(rsa.publicExponent))]
                if let privateExponent = rsa.privateExponent, let primes = rsa.primes, let crt = rsa.crt {
                    members["d"] = .string(Base64URL.encode(privateExponent))
                    members["p"] = .string(Base64URL.encode(primes.first))
                    members["q"] = .string(Base64URL.encode(primes.second))
                    members["dp"] = .string(Base64URL.encode(crt.firstExponent))
                    members["dq"] = .string(Base64URL.encode(crt.secondExponent))
                    members["qi"] = .string(Base64URL.encode(crt.coefficient))
                }
            case .ecP256, .ecP384, .ecP521:
                let ec = try key.ecComponents(includePrivate: includingPrivate)
                members = [
                    "kty": "EC", "crv": .string(key.type.curveName!),
                    "x": .string(Base64URL.encode(ec.x)), "y": .string(Base64URL.encode(ec.y)),
                ]
                if let scalar = ec.privateScalar { members["d"] = .string(Base64URL.encode(scalar)) }
            case .ed25519:
                members = ["kty": "OKP", "crv": "Ed25519", "x": .string(Base64URL.encode(try key.ed25519PublicKey()))]
                if includingPrivate, key.isPrivate {
                    members["d"] = .string(Base64URL.encode(try key.ed25519PrivateKey()))
                }
            }
        }
        if let kid { members["kid"] = .string(kid) }
        if let algorithm { members["alg"] = .string(algorithm.rawValue) }
        if let use { members["use"] = .string(use) }
        return members
    }

    /// Returns this key as JWK JSON text (sorted members).
    public func jwkString(includingPrivate: Bool = false) throws(JWTError) -> String {
        JSONWriter.string(.object(try jwk(includingPrivate: includingPrivate)))
    }
}

/// Reads typed members of a JWK, failing with ``JWTError/keyInvalid(_:)``.
private struct JWKReader {
    let members: [String: JSONValue]

    func string(_ name: String) throws(JWTError) -> String {
        guard let value = members[name] else { throw .keyInvalid("the JWK has no '\(name)'") }
        guard case .string(let text) = value else { throw .keyInvalid("the JWK's '\(name)' is not a string") }
        return text
    }

    func optionalString(_ name: String) throws(JWTError) -> String? {
        guard members[name] != nil else { return nil }
        return try string(name)
    }

    func bytes(_ name: String) throws(JWTError) -> [UInt8] {
        guard let bytes = Base64URL.decode(try string(name)), !bytes.isEmpty else {
            throw .keyInvalid("the JWK's '\(name)' is not canonical base64url")
        }
        return bytes
    }
}
