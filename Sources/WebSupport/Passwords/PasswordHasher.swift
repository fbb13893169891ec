// Hashing and checking passwords with bcrypt, away from the async executor.
import Dispatch
import HummingbirdBcrypt

/// What the credential check needs from a password hasher: hashing and
/// checking. ``PasswordHasher`` is the real one; tests wrap it to count the
/// bcrypt runs each login costs.
public protocol PasswordHashing: Sendable {
    /// Returns a new salted hash of `password`.
    func hash(_ password: String) async -> String
    /// Checks `password` against a hash made by ``hash(_:)``.
    func verify(_ password: String, against hash: String) async -> Bool
}

/// Hashes and checks passwords with bcrypt (HummingbirdBcrypt).
///
/// bcrypt is slow on purpose, so each call runs on a Dispatch queue: a
/// login never blocks the threads that serve other requests.
///
/// ```swift
/// let hasher = PasswordHasher(cost: PasswordHasher.defaultCost)
/// let hash = await hasher.hash("correct-horse-battery-staple")
/// print(await hasher.verify("correct-horse-battery-staple", against: hash)) // Prints "true".
/// ```
public struct PasswordHasher: PasswordHashing {
    /// The bcrypt cost (log2 of the rounds) the chapters' servers use.
    ///
    /// Measured on the workbook's 2-core machine in a debug build, one hash
    /// or check takes about 0.02 s at cost 8, 0.06 s at 10, 0.1 s at 11 and
    /// 0.2 s at 12. Cost 12 keeps a login under a quarter of a second while
    /// making every guess of an attacker who stole the database as slow;
    /// OWASP asks for at least 10. Tests pass ``testingCost`` instead.
    public static let defaultCost: UInt8 = 12

    /// The smallest cost bcrypt accepts: fast, and only for tests.
    public static let testingCost: UInt8 = 4

    /// bcrypt reads at most this many bytes of a password and stops at a NUL byte.
    public static let maxPasswordBytes = 72

    public let cost: UInt8

    public init(cost: UInt8 = PasswordHasher.defaultCost) {
        self.cost = min(max(cost, Self.testingCost), 31)
    }

    /// Returns a new salted bcrypt hash of `password`.
    public func hash(_ password: String) async -> String {
        let cost = self.cost
        return await Self.offExecutor { Bcrypt.hash(password, cost: cost) }
    }

    /// Checks `password` against a bcrypt hash.
    ///
    /// A password that bcrypt would silently shorten (over 72 bytes or with a
    /// NUL byte) never matches, but is still hashed, so it takes as long.
    public func verify(_ password: String, against hash: String) async -> Bool {
        let usable = password.utf8.count <= Self.maxPasswordBytes && !password.utf8.contains(0)
        let matches = await Self.offExecutor { Bcrypt.verify(password, hash: hash) }
        return usable && matches
    }

    /// Runs slow, blocking work on a Dispatch queue and awaits its result.
    private static func offExecutor<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: work())
            }
        }
    }
}
