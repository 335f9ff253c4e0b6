/// A feed, OPML file or list of feeds that cannot be read: a stable code, the place, and what to do.
public struct FeedError: Error, CustomStringConvertible, Sendable, Hashable {
    /// Stable error codes.
    public enum Code: String, Sendable {
        /// No bytes.
        case empty = "feed.empty"
        /// Not XML that libxml2 can recover anything from.
        case malformed = "feed.malformed"
        /// XML, but neither RSS, Atom, RDF nor OPML (a web page, say).
        case notAFeed = "feed.not-a-feed"
        /// A line of a feed list that is not an http(s) address.
        case badSource = "feed.bad-source"
        /// A source file that cannot be read.
        case unreadable = "feed.unreadable"
    }
    public var code: Code
    /// The feed's address, or the file and line.
    public var place: String
    public var message: String
    public init(_ code: Code, place: String, _ message: String) { self.code = code; self.place = place; self.message = message }
    public var description: String { "\(place): \(message) [\(code.rawValue)]" }
}
