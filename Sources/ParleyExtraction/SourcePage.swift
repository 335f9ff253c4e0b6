/// The web page a document was read from: the raw bytes as served, where they came from, and what was read off them.
public struct SourcePage: Sendable, Hashable {
    /// The page as served (possibly gzip-compressed, in its own charset).
    public var raw: [UInt8]
    /// Where the page was read from: an `http(s)://` address or a file path.
    public var location: String
    /// The page's canonical address, if it declares one.
    public var canonicalURL: String?
    /// The publication's name.
    public var siteName: String?
    /// The HTTP `Content-Type`, when the page was fetched.
    public var contentType: String?
    /// The charset the page was decoded from, and where it was declared ("WINDOWS-1251 (meta)").
    public var charset: String
    /// Where the publication date came from (`json-ld`, `meta`, `time`, `stamp`, `dateline`, `url`), if found.
    public var dateSource: String?

    public init(raw: [UInt8], location: String, canonicalURL: String? = nil, siteName: String? = nil, contentType: String? = nil,
                charset: String, dateSource: String? = nil) {
        self.raw = raw; self.location = location; self.canonicalURL = canonicalURL; self.siteName = siteName
        self.contentType = contentType; self.charset = charset; self.dateSource = dateSource
    }
}
