import ParleyExtraction

/// A document as the store keeps it: its id, a hash of its text, metadata, and how many events it gave.
public struct StoredDocument: Sendable, Hashable {
    public var id: String
    /// A hash of the text (identical texts under other ids are recognised as duplicates).
    public var contentHash: String
    public var text: String
    /// The publication date used for extraction (`YYYY-MM-DD`), if known.
    public var published: String?
    public var url: String?
    public var title: String?
    /// The number of events extracted from it (a check that a document is stored whole).
    public var eventCount: Int
    /// The web page it was extracted from, if any (stored in the same transaction).
    public var page: StoredPage?

    public init(id: String, contentHash: String, text: String, published: String?, url: String?, title: String?, eventCount: Int) {
        self.id = id; self.contentHash = contentHash; self.text = text; self.published = published
        self.url = url; self.title = title; self.eventCount = eventCount
    }

    /// A stored document from an input document and its extraction.
    public init(_ doc: InputDocument, published: String?, eventCount: Int) {
        self.init(id: doc.id, contentHash: Self.hash(doc.text), text: doc.text, published: published, url: doc.url,
                  title: doc.title, eventCount: eventCount)
        self.page = doc.page.map(StoredPage.init)
    }

    /// A 128-bit hash of a text (two FNV-1a 64 variants), as 32 hex digits.
    public static func hash(_ text: String) -> String {
        var a: UInt64 = 0xcbf29ce484222325, b: UInt64 = 0x84222325cbf29ce4
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100000001b3
            b = (b ^ UInt64(byte ^ 0x5a)) &* 0x100000001b3
        }
        func hex(_ v: UInt64) -> String { let s = String(v, radix: 16); return String(repeating: "0", count: 16 - s.count) + s }
        return hex(a) + hex(b)
    }
}
