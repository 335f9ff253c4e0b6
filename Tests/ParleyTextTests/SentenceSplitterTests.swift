import Testing
@testable import ParleyText

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    func sentences(_ s: String) -> [String] {
        let a = TextAnalysis(text: s)
        return a.sentences.map { a.string($0.bytes) }
    }

    @Test("does not end a sentence after titles, initials or U.S.", arguments: [
        "Mr. Lavrov met Gen. Tiani in St. Petersburg.",
        "John F. Kennedy flew to Berlin.",
        "The U.S. President called him.",
    ])
    func abbreviations(_ text: String) {
        #expect(sentences(text).count == 1)
    }

    @Test("ends sentences at full stops, question and exclamation marks")
    func stops() {
        #expect(sentences("Putin met Xi. They spoke! Was it useful? Yes.").count == 4)
    }

    @Test("a headline without a final stop stands alone")
    func headline() {
        #expect(sentences("Putin hosts talks with African leaders\nRussian President Vladimir Putin met leaders.") ==
                ["Putin hosts talks with African leaders", "Russian President Vladimir Putin met leaders."])
    }

    @Test("a line that ends with a title runs on into the next line")
    func runOnTitle() {
        #expect(sentences("- Putin renewed ties with Chinese President\nXi Jinping , flying to Beijing.").count == 1)
    }

    @Test("a closing quote stays with its sentence")
    func quotes() {
        #expect(sentences("He said “we agree.” Then he left.") == ["He said “we agree.”", "Then he left."])
    }
}
