import Foundation

/// Turns `parley watch` arguments into feed addresses: an `http(s)://` address is a feed; a file is an OPML file
/// (every `<outline xmlUrl=…>`) or a list of feed addresses, one a line (`#` starts a comment).
public enum SourceList {
    /// The feeds named by `sources` (duplicates removed, in order) and the problems found.
    public static func feeds(from sources: [String]) -> (feeds: [String], errors: [FeedError]) {
        var feeds: [String] = [], errors: [FeedError] = []
        var seen = Set<String>()
        func add(_ f: String) { if seen.insert(f).inserted { feeds.append(f) } }
        for s in sources {
            if isAddress(s) { add(s); continue }
            guard let data = FileManager.default.contents(atPath: s) else {
                errors.append(FeedError(.unreadable, place: s, "no such file, and not an http(s) address; check the path"))
                continue
            }
            let bytes = [UInt8](data)
            let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
            if head.contains("<opml") {
                do { for f in try OPML.feeds(bytes, place: s) { add(f) } } catch let e as FeedError { errors.append(e) } catch {}
                continue
            }
            for (n, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let t = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if t.isEmpty || t.hasPrefix("#") { continue }
                if isAddress(t) { add(t) } else {
                    errors.append(FeedError(.badSource, place: "\(s):\(n + 1)", "\"\(t.prefix(80))\" is not an http(s) address; write one feed address a line"))
                }
            }
        }
        return (feeds, errors)
    }

    static func isAddress(_ s: String) -> Bool { s.hasPrefix("http://") || s.hasPrefix("https://") }
}

/// Reads OPML subscription lists.
public enum OPML {
    /// The `xmlUrl` of every outline, depth first.
    public static func feeds(_ bytes: [UInt8], place: String) throws -> [String] {
        let (root, _) = try FeedXML.parse(bytes, place: place)
        guard root.name == "opml" else { throw FeedError(.notAFeed, place: place, "the XML root is <\(root.name)>, not <opml>") }
        var out: [String] = []
        func walk(_ e: FeedXML) {
            if e.name == "outline", let u = e.attributes["xmlurl"]?.trimmingCharacters(in: .whitespaces), !u.isEmpty { out.append(u) }
            for c in e.children { walk(c) }
        }
        walk(root)
        return out
    }
}
