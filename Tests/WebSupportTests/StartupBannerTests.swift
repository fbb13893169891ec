// What a server prints once it listens.
import Testing

@testable import WebSupport

@Suite("Start-up banner")
struct StartupBannerTests {
    let banner = StartupBanner(
        title: "Chapter 9: Tests", baseURL: "http://127.0.0.1:8080",
        secretAnnouncement: "DEMO SECRET: random", databasePath: nil, accessTTL: 900,
        examples: [CurlExample("Ask without a token:", "curl -i http://127.0.0.1:8080/profile")])

    @Test("The banner shows the URL, the secret's source, the demo users and the curl commands")
    func bannerShowsEverything() {
        let text = banner.lines.joined(separator: "\n")
        #expect(text.contains("Listening on http://127.0.0.1:8080"))
        #expect(text.contains("DEMO SECRET"))
        #expect(text.contains("in-memory SQLite"))
        #expect(text.contains("john_doe"))
        #expect(text.contains("tr0ub4dor&3-admin"))
        #expect(text.contains("  # Ask without a token:\n  curl -i http://127.0.0.1:8080/profile"))
        #expect(text.contains("900 seconds"))
    }
}
