import Foundation
import ParleyHTML

/// A parsed RSS 2.0, RSS 1.0 (RDF) or Atom feed.
public struct Feed: Sendable, Hashable {
    public var title: String?
    public var items: [FeedItem]
    /// False when the XML was broken and libxml2 recovered what it could.
    public var wellFormed: Bool
}

/// One entry of a feed.
public struct FeedItem: Sendable, Hashable {
    /// The item's identity in its feed: `guid` (RSS), `id` (Atom), `rdf:about`, else the link.
    public var key: String
    /// The article's address, resolved against the feed's.
    public var link: String
    public var title: String?
    /// The publication day (`YYYY-MM-DD`), if the feed gives one.
    public var published: String?

    public init(key: String, link: String, title: String? = nil, published: String? = nil) {
        self.key = key; self.link = link; self.title = title; self.published = published
    }
}

/// Reads feeds with libxml2's XML parser (recovering from broken XML).
public enum FeedParser {
    /// Parses a feed fetched from `url` (relative links resolve against it). Items without a link are left out.
    public static func parse(_ bytes: [UInt8], url: String) throws -> Feed {
        let (root, wellFormed) = try FeedXML.parse(bytes, place: url)
        var items: [FeedItem] = []
        var title: String?
        func add(key: String?, link: String?, title t: String?, date: String?) {
            guard let link = link.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }), !link.isEmpty else { return }
            let resolved = resolve(link, against: url)
            items.append(FeedItem(key: key.flatMap { $0.isEmpty ? nil : $0 } ?? resolved, link: resolved, title: t, published: date.flatMap(WebDate.parse)))
        }
        switch root.name {
        case "rss":
            let channel = root.child("channel") ?? root
            title = channel.value("title")
            for i in channel.all("item") {
                add(key: i.value("guid"), link: i.value("link") ?? (i.child("guid")?.attributes["ispermalink"] != "false" ? i.value("guid") : nil),
                    title: i.value("title"), date: i.value("pubdate") ?? i.value("date"))
            }
        case "feed":
            title = root.value("title")
            for e in root.all("entry") {
                let links = e.all("link")
                let link = links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" }?.attributes["href"] ?? links.first?.attributes["href"]
                add(key: e.value("id"), link: link, title: e.value("title"), date: e.value("published") ?? e.value("updated"))
            }
        case "rdf":
            title = root.child("channel")?.value("title")
            for i in root.all("item") {
                add(key: i.attributes["about"], link: i.value("link") ?? i.attributes["about"], title: i.value("title"), date: i.value("date"))
            }
        case "html":
            throw FeedError(.notAFeed, place: url, "this is a web page, not a feed; give the address of its RSS or Atom feed")
        default:
            throw FeedError(.notAFeed, place: url, "the XML root is <\(root.name)>, not <rss>, <feed> or <rdf:RDF>; check that the address is a feed")
        }
        return Feed(title: title, items: items, wellFormed: wellFormed)
    }

    static func resolve(_ href: String, against base: String) -> String {
        if href.hasPrefix("http://") || href.hasPrefix("https://") { return href }
        if let b = URL(string: base), let u = URL(string: href, relativeTo: b) { return u.absoluteString }
        return href
    }
}
