// Checking a header's `alg`, `typ` and `crit` before any key is used.

enum HeaderValidator {
    /// Returns the header's algorithm when it is one the caller allows.
    /// `none`, in any casing, is never allowed (RFC 8725 §3.1).
    static func algorithm(of header: JWTHeader, allowed: [JWTAlgorithm]) throws(JWTError) -> JWTAlgorithm {
        guard let value = header.fields["alg"] else { throw .algorithmNotAllowed("the header has no alg") }
        guard case .string(let name) = value else { throw .malformed("the header's alg is not a string") }
        if name.utf8.count == 4, name.lowercased() == "none" {
            throw .algorithmNotAllowed("unsecured tokens (alg 'none') are never accepted")
        }
        guard let algorithm = JWTAlgorithm(rawValue: name), allowed.contains(algorithm) else {
            let list = allowed.map(\.rawValue).joined(separator: ", ")
            throw .algorithmNotAllowed("'\(name)' is not one of the allowed algorithms (\(list))")
        }
        return algorithm
    }

    /// Checks the header's typed members: `kid` and `typ` must be strings,
    /// `typ` must match when a type is expected, and `crit` must be
    /// well-formed and list only extensions the caller understands.
    static func check(_ header: JWTHeader, validation: JWTValidation) throws(JWTError) {
        if let kid = header.fields["kid"], kid.stringValue == nil {
            throw .malformed("the header's kid is not a string")
        }
        if let typ = header.fields["typ"], typ.stringValue == nil {
            throw .malformed("the header's typ is not a string")
        }
        if let expected = validation.expectedType {
            guard let actual = header.type, normalisedType(actual) == normalisedType(expected) else {
                throw .invalidClaim("the header's typ must be '\(expected)'")
            }
        }
        if let crit = header.fields["crit"] {
            try checkCritical(crit, header: header, understood: validation.understoodCriticalHeaders)
        }
    }

    /// RFC 7515 §4.1.11: a non-empty array of distinct names, none of them
    /// registered by the JWS or JWA specifications, each present in the
    /// header and understood by the recipient.
    private static func checkCritical(_ crit: JSONValue, header: JWTHeader, understood: Set<String>) throws(JWTError) {
        guard case .array(let entries) = crit, !entries.isEmpty else {
            throw .malformed("crit must be a non-empty array of header names")
        }
        var seen: Set<String> = []
        for entry in entries {
            guard case .string(let name) = entry, !name.isEmpty else { throw .malformed("crit must list header names as strings") }
            guard seen.insert(name).inserted else { throw .malformed("crit lists '\(name)' twice") }
            guard !JWTHeader.registeredNames.contains(name) else {
                throw .malformed("crit must not list the registered header '\(name)'")
            }
            guard header.fields[name] != nil else { throw .malformed("crit lists '\(name)', which the header does not contain") }
            guard understood.contains(name) else {
                throw .critUnsupported("the critical extension '\(name)' is not understood")
            }
        }
    }

    private static func normalisedType(_ type: String) -> String {
        let lowered = type.lowercased()
        return lowered.hasPrefix("application/") ? String(lowered.dropFirst("application/".count)) : lowered
    }
}
