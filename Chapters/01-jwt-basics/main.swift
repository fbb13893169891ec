// Chapter 1, JWT basics: the walkthrough that `swift run jwt-basics` prints.
// Each step is a function in its own file; this file lists them in the chapter's order.
import Foundation

let environment = ProcessInfo.processInfo.environment
let page = Page(usesColour: Page.standardOutputWantsColour(environment: environment))
page.title("Chapter 1: JWT basics")

do {
    let secret = try ChapterSecret.load(from: environment)
    page.describe(secret.source)
    let walkthrough = Walkthrough(key: secret.key, page: page)

    // Issue a token for john_doe, read its three parts, and verify it.
    let token = try walkthrough.issueTokenForJohn()
    walkthrough.showParts(of: token)
    try walkthrough.verifyOnTime(token)

    // Watch the verifier refuse a changed token, an expired one, and a wrong key.
    try walkthrough.tamper(with: token)
    try walkthrough.letTimePass(on: token)
    try walkthrough.verifyWithWrongKey(token)

    // Watch it refuse tokens forged from scratch, and refuse the article's short secret.
    try walkthrough.tryUnsecuredToken()
    try walkthrough.tryKeyConfusion()
    walkthrough.tryArticleSecret()

    page.closing()
} catch {
    page.warn("The walkthrough stopped: \(error.code): \(error.message)")
    exit(1)
}
