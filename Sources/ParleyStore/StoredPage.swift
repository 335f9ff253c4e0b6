import ParleyExtraction

/// The web page a stored document was extracted from: the raw bytes as served and what was read off them.
/// Kept in a table of its own (`page`), one row per document, deleted with the document.
public struct StoredPage: Sendable, Hashable {
    /// The page as served (in its own charset; gzip-compressed in the database).
    public var raw: [UInt8]
    /// Where the page was read from: an address or a file path.
    public var location: String
    public var canonicalURL: String?
    public var siteName: String?
    public var contentType: String?
    /// The charset it was decoded from ("WINDOWS-1251 (meta)").
    public var charset: String
    public var dateSource: String?

    public init(raw: [UInt8], location: String, canonicalURL: String?, siteName: String?, contentType: String?, charset: String, dateSource: String?) {
        self.raw = raw; self.location = location; self.canonicalURL = canonicalURL; self.siteName = siteName
        self.contentType = contentType; self.charset = charset; self.dateSource = dateSource
    }

    /// The stored form of an input document's page.
    public init(_ p: SourcePage) {
        self.init(raw: p.raw, location: p.location, canonicalURL: p.canonicalURL, siteName: p.siteName, contentType: p.contentType,
                  charset: p.charset, dateSource: p.dateSource)
    }
}

import ParleyHTML

extension StoredPage {
    /// The raw bytes gzip-compressed, as the databases keep them.
    public var packedRaw: [UInt8] { Gzip.compress(raw) }

    /// The raw bytes from their packed form.
    public static func unpack(_ packed: [UInt8]) throws -> [UInt8] {
        do { return try Gzip.inflate(packed, limit: 1 << 30) } catch {
            throw StoreError(.corrupt, "a stored page cannot be inflated (\(error)); the store may be damaged")
        }
    }
}
