/// A sentence (or a headline, or a line of page furniture) as a range of tokens and bytes.
public struct Sentence: Sendable, Hashable {
    /// Token indices, end exclusive.
    public var tokens: Range<Int>
    /// Byte offsets into the document's UTF-8 text, end exclusive.
    public var bytes: Range<Int>
    /// Why this sentence yields no events, if it yields none: page debris or a repeated paragraph.
    public var exclusion: Exclusion?
    /// The index of the paragraph (line block) the sentence starts in.
    public var paragraph: Int

    /// Why a stretch of text is skipped by extraction.
    public enum Exclusion: String, Sendable { case debris, repeatedParagraph }

    public init(tokens: Range<Int>, bytes: Range<Int>, exclusion: Exclusion?, paragraph: Int) {
        self.tokens = tokens; self.bytes = bytes; self.exclusion = exclusion; self.paragraph = paragraph
    }
}
