// Reproducible "random" input: the same seed gives the same bytes on every run and every machine.
/// SplitMix64, a small generator whose output depends only on its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum RandomTokens {
    /// `count` strings that a client could put after "Bearer ": printable ASCII, base64url
    /// alphabets with dots in token-like places, and lengths from 1 to 3000.
    static func make(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        let base64URL = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        return (0..<count).map { index in
            let length = Int.random(in: 1...3000, using: &generator)
            if index.isMultiple(of: 2) {
                // Shaped like a JWT: three base64url segments.
                let cuts = [Int.random(in: 0...length, using: &generator), Int.random(in: 0...length, using: &generator)].sorted()
                let characters = (0..<length).map { _ in base64URL.randomElement(using: &generator)! }
                return String(characters[..<cuts[0]]) + "." + String(characters[cuts[0]..<cuts[1]]) + "."
                    + String(characters[cuts[1]...])
            }
            // Any printable ASCII, spaces and punctuation included.
            return String((0..<length).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x21...0x7E, using: &generator))) })
        }
    }
}
