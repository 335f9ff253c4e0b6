/// What `parley watch` keeps between runs: each feed's conditional-GET validators and last poll, and each item seen,
/// so that a restart neither fetches an article twice nor misses one; and the raw pages of stored documents.
public protocol SourceStore: Sendable {
    /// The raw page a document was extracted from, or nil when it came from text.
    func page(document id: String) async throws -> StoredPage?
    /// A feed's state, or nil when it was never polled.
    func feed(_ url: String) async throws -> FeedState?
    /// Creates or replaces a feed's state.
    func saveFeed(_ feed: FeedState) async throws
    /// The items seen in a feed.
    func feedItems(_ feedURL: String) async throws -> [FeedItemRecord]
    /// The record of an article address in any feed (an ingested one first), or nil when it was never seen.
    func item(link: String) async throws -> FeedItemRecord?
    /// Creates or replaces an item's record.
    func saveItem(_ item: FeedItemRecord) async throws
}

/// A polled feed: its conditional-GET validators, when it was last polled and how that went.
public struct FeedState: Sendable, Hashable {
    public var url: String
    public var title: String?
    /// The `ETag` of the last full response, sent back as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` of the last full response, sent back as `If-Modified-Since`.
    public var lastModified: String?
    /// When it was last polled (ISO 8601, UTC).
    public var lastPolledAt: String?
    /// How the last poll went ("200", "304", or the failure).
    public var lastStatus: String?
    /// Failed polls in a row.
    public var consecutiveFailures: Int

    public init(url: String, title: String? = nil, etag: String? = nil, lastModified: String? = nil, lastPolledAt: String? = nil,
                lastStatus: String? = nil, consecutiveFailures: Int = 0) {
        self.url = url; self.title = title; self.etag = etag; self.lastModified = lastModified; self.lastPolledAt = lastPolledAt
        self.lastStatus = lastStatus; self.consecutiveFailures = consecutiveFailures
    }
}

/// What became of a feed item.
public enum FeedItemState: String, Sendable, Hashable, CaseIterable {
    /// Fetched and stored as a document.
    case ingested
    /// Fetching or reading it failed; retried on later polls up to a limit.
    case failed
    /// The same article was already stored (under another feed or address).
    case duplicate
}

/// One item of a feed and what became of it.
public struct FeedItemRecord: Sendable, Hashable {
    public var feedURL: String
    /// The item's identity in its feed: its `guid`/`id`, else its link.
    public var key: String
    /// The article's address.
    public var link: String
    public var state: FeedItemState
    /// The stored document, when ingested.
    public var documentID: String?
    /// Fetch attempts so far.
    public var attempts: Int
    public var lastError: String?
    /// When the record last changed (ISO 8601, UTC).
    public var updatedAt: String

    public init(feedURL: String, key: String, link: String, state: FeedItemState, documentID: String? = nil, attempts: Int = 1,
                lastError: String? = nil, updatedAt: String) {
        self.feedURL = feedURL; self.key = key; self.link = link; self.state = state; self.documentID = documentID
        self.attempts = attempts; self.lastError = lastError; self.updatedAt = updatedAt
    }
}
