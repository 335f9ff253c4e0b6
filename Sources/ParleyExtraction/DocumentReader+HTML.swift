import ParleyHTML

extension DocumentReader {
    /// True for the file names read as web pages.
    static func isHTML(_ path: String) -> Bool {
        let l = path.lowercased()
        return l.hasSuffix(".html") || l.hasSuffix(".htm") || l.hasSuffix(".xhtml") || l.hasSuffix(".html.gz")
    }

    /// A document from a web page: its headline and main text, its date (markup, then EVENTS.md's rules), its
    /// canonical address, and the raw page. `location` is the file or address it came from; `contentType` the HTTP
    /// header, when fetched. Throws `InputError` (`input.empty`, `input.binary`, `input.too-large`, `input.bad-page`).
    public func page(_ raw: [UInt8], id: String, location: String, contentType: String? = nil) throws -> InputDocument {
        let isAddress = location.hasPrefix("http://") || location.hasPrefix("https://")
        let article: HTMLArticle
        do {
            article = try HTMLArticleExtractor(maxBytes: max(maxDocumentBytes, 32 << 20)).extract(raw, contentType: contentType, url: isAddress ? location : nil)
        } catch let e as HTMLError {
            let code: InputError.Code = switch e.code {
            case .empty: .empty
            case .binary: .binary
            case .tooLarge: .tooLarge
            default: .badPage
            }
            throw InputError(code: code, place: location, message: e.description)
        }
        let page = SourcePage(raw: raw, location: location, canonicalURL: article.canonicalURL, siteName: article.siteName,
                              contentType: contentType, charset: article.charset, dateSource: article.dateSource)
        return InputDocument(id: id, text: article.text, date: article.date ?? defaultDate, url: article.canonicalURL ?? (isAddress ? location : nil),
                             title: article.title, page: page)
    }
}
