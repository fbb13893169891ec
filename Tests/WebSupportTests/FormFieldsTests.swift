// Parsing application/x-www-form-urlencoded bodies.
import Testing

@testable import WebSupport

@Suite("Form body parsing")
struct FormFieldsTests {
    @Test("Plus signs and percent escapes decode")
    func escapesDecode() throws {
        let form = try FormFields(parsing: Array("username=jane_admin&password=tr0ub4dor%263-admin&scope=a+b".utf8))
        #expect(form["username"] == "jane_admin")
        #expect(form["password"] == "tr0ub4dor&3-admin")
        #expect(form["scope"] == "a b")
    }

    @Test("A field without '=' is empty and empty pairs are skipped")
    func bareFieldsAndEmptyPairs() throws {
        let form = try FormFields(parsing: Array("scope&&username=".utf8))
        #expect(form.values == ["scope": "", "username": ""])
    }

    @Test("Multi-byte UTF-8 survives percent-encoding")
    func utf8SurvivesEncoding() throws {
        let form = try FormFields(parsing: Array("name=J%C3%BCrgen".utf8))
        #expect(form["name"] == "Jürgen")
    }

    @Test(
        "Malformed bodies fail with a clear error",
        arguments: [
            ("password=100%", WebError.malformedBody("a '%' is not followed by two hexadecimal digits")),
            ("password=%4", .malformedBody("a '%' is not followed by two hexadecimal digits")),
            ("password=%zz", .malformedBody("a '%' is not followed by two hexadecimal digits")),
            ("password=%FF%FE", .bodyNotUTF8),
            ("username=a&username=b", .invalidField("username", reason: "is given more than once")),
        ])
    func malformedBodiesFail(body: String, expected: WebError) {
        #expect(throws: expected) { try FormFields(parsing: Array(body.utf8)) }
    }
}
