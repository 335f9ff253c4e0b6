/// What Parley takes from one web page: the article's main text and its metadata.
public struct HTMLArticle: Sendable, Hashable {
    /// The headline.
    public var title: String?
    /// The publication date, `YYYY-MM-DD`, if the page or its text states one.
    public var date: String?
    /// Where the date came from: `json-ld`, `meta`, `time`, or a rule of EVENTS.md (`stamp`, `dateline`, `url`…).
    public var dateSource: String?
    /// The canonical address (`<link rel=canonical>`, `og:url`, else the address the page was read from).
    public var canonicalURL: String?
    /// The publication's name (`og:site_name`, JSON-LD publisher, else the host).
    public var siteName: String?
    /// The main text: paragraphs and subheadings separated by blank lines, without the headline.
    public var body: String
    /// The charset the page was decoded from, and where it was declared.
    public var charset: String
    /// Notes on what was overruled while reading (a wrong declared charset, a truncated gzip stream).
    public var notes: [String]

    /// The document text given to extraction: the headline on the first line, then the main text.
    public var text: String {
        guard let title, !title.isEmpty else { return body }
        return title + "\n\n" + body
    }
}
