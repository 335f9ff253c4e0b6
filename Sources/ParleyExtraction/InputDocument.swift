/// An article to extract events from: its id, text and the metadata that may come with it.
public struct InputDocument: Sendable, Hashable {
    public var id: String
    public var text: String
    /// Publication date from metadata (`YYYY-MM-DD` or an ISO timestamp).
    public var date: String?
    public var url: String?
    public var title: String?
    /// The web page the text was extracted from, when the input was HTML (the text is then the page's headline
    /// and main text; evidence offsets point into that text).
    public var page: SourcePage?
    public init(id: String, text: String, date: String? = nil, url: String? = nil, title: String? = nil, page: SourcePage? = nil) {
        self.id = id; self.text = text; self.date = date; self.url = url; self.title = title; self.page = page
    }
}
