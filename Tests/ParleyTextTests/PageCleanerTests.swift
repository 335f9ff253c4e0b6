import Testing
@testable import ParleyText

@Suite("Page cleaner")
struct PageCleanerTests {
    @Test("page furniture lines are skipped as debris", arguments: [
        "2 min read", "Exit mobile version", "ADVERTISEMENT", "Share this article", "Photo: Reuters/File",
        "Read more: Putin in Beijing", "Subscribe to our newsletter",
    ])
    func debris(_ line: String) {
        let a = TextAnalysis(text: "Putin met Xi in Beijing.\n\(line)\nThey signed a deal.")
        let excluded = a.sentences.filter { $0.exclusion == .debris }
        #expect(excluded.count == 1)
        #expect(a.string(excluded[0].bytes) == line)
    }

    @Test("a repeated paragraph is skipped the second time, and offsets still point into the original text")
    func repeated() {
        let text = "Orban visited Kyiv on Tuesday.\nAnalysts were surprised.\nOrban visited Kyiv on Tuesday.\n"
        let a = TextAnalysis(text: text)
        let repeated = a.sentences.filter { $0.exclusion == .repeatedParagraph }
        #expect(repeated.count == 1)
        #expect(repeated[0].bytes.lowerBound == text.utf8.count - "Orban visited Kyiv on Tuesday.\n".utf8.count)
    }

    @Test("article text is not mistaken for debris")
    func realText() {
        let a = TextAnalysis(text: "The ministers read more than forty pages of the draft before signing it.")
        #expect(a.sentences.allSatisfy { $0.exclusion == nil })
    }

    @Test("byte offsets convert to code-point offsets")
    func scalarOffsets() {
        let a = TextAnalysis(text: "Traoré’s visit")
        let visit = a.tokens.last!
        #expect(a.scalarOffset(ofByte: Int(visit.start)) == 9)
    }
}
