import Testing
@testable import ParleyText

@Suite("Tokenizer")
struct TokenizerTests {
    func words(_ s: String) -> [String] {
        let a = TextAnalysis(text: s)
        return a.tokens.map { a.string($0) }
    }

    @Test("splits the possessive 's off names, with straight and curly apostrophes")
    func possessive() {
        #expect(words("Modi’s visit") == ["Modi", "’s", "visit"])
        #expect(words("Burkina Faso's President") == ["Burkina", "Faso", "'s", "President"])
    }

    @Test("keeps dotted abbreviations, hyphenated names and numbers whole")
    func wholeTokens() {
        #expect(words("the U.S. and el-Sisi met 1,000 times on 2024-07-09.") ==
                ["the", "U.S.", "and", "el-Sisi", "met", "1,000", "times", "on", "2024-07-09", "."])
    }

    @Test("folds case and accents so Traoré matches Traore and Erdoğan matches Erdogan")
    func folding() {
        let a = TextAnalysis(text: "Traoré Erdoğan GOÏTA")
        #expect(a.tokens[0].key == TokenKey("traore"))
        #expect(a.tokens[1].key == TokenKey("Erdogan"))
        #expect(a.tokens[2].key == TokenKey("goita"))
    }

    @Test("splits the negation clitic of didn't into its own token")
    func negation() {
        let a = TextAnalysis(text: "They didn't meet.")
        #expect(a.tokens.contains { $0.key == TokenKeys.negation })
    }

    @Test("marks capitalised and all-caps words and line breaks")
    func flags() {
        let a = TextAnalysis(text: "NATO said\nhello")
        #expect(a.tokens[0].flags.contains(.allCaps))
        #expect(a.tokens[0].isCapitalized)
        #expect(a.tokens[2].flags.contains(.newlineBefore))
    }
}
