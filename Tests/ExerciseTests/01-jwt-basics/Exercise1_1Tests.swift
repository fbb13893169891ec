import Testing
import Exercises01
import ExerciseSupport

func attempted() -> Bool { do { _ = try base64URLEncode([1]); return true } catch is ExerciseUnsolved { return false } catch { return true } }

@Suite("Exercise 1.1: Base64url without padding", .enabled(if: attempted(), "Exercise 1.1 not attempted: edit Exercises/01-jwt-basics/Stubs/Base64URLEncoding.swift"))
struct Exercise1_1Tests {
    @Test("Encodes hi? as aGk_") func encodes() throws {
        let encoded = try base64URLEncode(Array("hi?".utf8))
        #expect(encoded == "aGk_", "Hint: use the URL-safe alphabet")
    }
}
