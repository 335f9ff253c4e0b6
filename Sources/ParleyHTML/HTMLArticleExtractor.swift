import ParleyText
import ParleyTime

/// Reads a web page (raw bytes, as served) into an `HTMLArticle`: inflates gzip, decodes the charset, parses with
/// libxml2's HTML parser, chooses the article body and reads the metadata. Bad input is a thrown `HTMLError`.
public struct HTMLArticleExtractor: Sendable {
    /// The largest page accepted, in bytes, before and after inflating.
    public var maxBytes: Int

    /// An extractor that refuses pages over `maxBytes` (32 MB by default), compressed or not.
    public init(maxBytes: Int = 32 << 20) { self.maxBytes = maxBytes }

    /// Extracts the article of one page. `contentType` is the HTTP `Content-Type` (its charset wins over the page's
    /// own declaration), `url` the address the page was read from (relative links resolve against it).
    public func extract(_ raw: [UInt8], contentType: String? = nil, url: String? = nil) throws -> HTMLArticle {
        var bytes = raw
        var notes: [String] = []
        if bytes.count > maxBytes {
            throw HTMLError(.tooLarge, "the page is \(bytes.count) bytes, over the \(maxBytes)-byte limit; skip it or raise the limit")
        }
        if Gzip.isCompressed(bytes) {
            bytes = try Gzip.inflate(bytes, limit: maxBytes)
            notes.append("inflated gzip")
        }
        if !bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
            throw HTMLError(.empty, "the page is empty; nothing to extract")
        }
        if looksBinary(bytes) {
            throw HTMLError(.binary, "the page is not text (it holds NUL bytes or a binary signature); give Parley HTML pages")
        }
        let decoded = try Charset.decode(bytes, contentType: contentType)
        notes += decoded.notes
        let tree = try HTMLTree.parse(utf8: decoded.utf8, url: url)
        let main = MainTextExtractor(tree: tree)
        let roots = main.bodyRoots()
        var blocks = main.bodyBlocks(roots: roots)
        let meta = PageMetadata.read(tree, mainRoot: roots.first, baseURL: url)
        if let title = meta.title?.lowercased(), let first = blocks.firstIndex(where: { $0.text.lowercased() == title }), first < 3 {
            blocks.remove(at: first)
        }
        let body = blocks.map(\.text).joined(separator: "\n\n")
        var article = HTMLArticle(title: meta.title, date: meta.date, dateSource: meta.dateSource, canonicalURL: meta.canonicalURL,
                                  siteName: meta.siteName, body: body, charset: "\(decoded.charset) (\(decoded.source.rawValue))", notes: notes)
        if body.isEmpty && (meta.title ?? "").isEmpty {
            throw HTMLError(.noText, "the page holds no article text (no paragraphs, no title); check that it is an article page")
        }
        if article.date == nil {
            // the rules of EVENTS.md: a stamp or dateline in the text, else a date in the address
            // the rules read the head of the text: the first few kilobytes are enough
            let stamps = main.stamps()
            let head = String(article.text.unicodeScalars.prefix(4096))
            let analysis = TextAnalysis(text: stamps.isEmpty ? head : stamps.joined(separator: "\n") + "\n\n" + head)
            if let (day, source) = PublicationDateFinder().find(metadata: nil, analysis: analysis, url: meta.canonicalURL ?? url),
               source != .datelineWithoutYear {
                article.date = day.description
                article.dateSource = source.rawValue
            }
        }
        return article
    }

    /// NUL bytes in the first 8 KB (outside UTF-16), or a well-known binary signature.
    func looksBinary(_ b: [UInt8]) -> Bool {
        if b.count >= 2, (b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE) { return false }
        let signatures: [[UInt8]] = [[0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], [0x25, 0x50, 0x44, 0x46], [0x50, 0x4B, 0x03, 0x04],
                                     [0x47, 0x49, 0x46, 0x38], [0x7F, 0x45, 0x4C, 0x46]]
        for s in signatures where b.count >= s.count && Array(b[0..<s.count]) == s { return true }
        return b.prefix(8192).contains(0)
    }
}
