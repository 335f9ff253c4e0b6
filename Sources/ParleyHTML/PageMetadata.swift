import Foundation

/// The title, date, canonical address and site name a page declares in its markup.
struct PageMetadata {
    var title: String?
    var date: String?
    var dateSource: String?
    var canonicalURL: String?
    var siteName: String?

    /// Reads the metadata of a parsed page. `mainRoot` is the element chosen as the article body (its `<time>`
    /// elements are preferred), `baseURL` the address the page was read from.
    static func read(_ tree: HTMLTree, mainRoot: Int?, baseURL: String?) -> PageMetadata {
        var metas: [String: String] = [:]
        var canonical: String?
        var feedTitle: String?
        var titleElement: String?
        var h1s: [String] = []
        var jsonLD: [[String: Any]] = []
        var times: [(value: String, score: Int)] = []
        guard let root = tree.root else { return PageMetadata() }
        for i in tree.elements(under: root) {
            let n = tree.nodes[i]
            switch n.tag {
            case "meta":
                guard let content = n.attribute("content") else { continue }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let k = n.attribute(key)?.lowercased(), !k.isEmpty, metas[k] == nil { metas[k] = content }
                }
            case "link":
                let rel = ClassHints.words(n.attribute("rel") ?? "")
                if rel.contains("canonical"), canonical == nil, let href = n.attribute("href"), !href.isEmpty { canonical = href }
                let type = (n.attribute("type") ?? "").lowercased()
                if rel.contains("alternate"), type.contains("rss") || type.contains("atom"), feedTitle == nil, let t = n.attribute("title") {
                    feedTitle = feedSiteName(t)
                }
            case "title":
                if titleElement == nil { titleElement = clean(tree.text(of: i)) }
            case "h1":
                let t = clean(tree.text(of: i))
                if !t.isEmpty { h1s.append(t) }
            case "script":
                guard (n.attribute("type") ?? "").lowercased().contains("ld+json") else { continue }
                let raw = tree.text(of: i)
                if let data = raw.data(using: .utf8), let obj = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
                    flatten(obj, into: &jsonLD)
                }
            case "time":
                guard let dt = n.attribute("datetime") ?? Optional(clean(tree.text(of: i))), WebDate.parse(dt) != nil else { continue }
                var score = 0
                if n.attribute("pubdate") != nil || (n.attribute("itemprop") ?? "").lowercased() == "datepublished" { score += 10 }
                let cls = ((n.attribute("class") ?? "") + " " + (n.attribute("id") ?? "")).lowercased()
                if cls.contains("publish") || cls.contains("posted") { score += 5 }
                if cls.contains("update") || cls.contains("modif") { score -= 5 }
                var j = n.parent
                var inFurniture = false, inArticle = false
                while j >= 0 {
                    let a = tree.nodes[j]
                    if ["nav", "footer", "aside"].contains(a.tag) { inFurniture = true }
                    if a.tag == "article" || a.tag == "main" || j == mainRoot { inArticle = true }
                    j = a.parent
                }
                if inFurniture { score -= 10 }
                if inArticle { score += 3 }
                times.append((dt, score))
            default:
                if n.attribute("itemprop")?.lowercased() == "datepublished", let v = n.attribute("content") ?? n.attribute("datetime") {
                    if metas["itemprop:datepublished"] == nil { metas["itemprop:datepublished"] = v }
                }
            }
        }
        var m = PageMetadata()
        let articles = jsonLD.filter { isArticle($0["@type"]) }
        let ld = articles.first ?? jsonLD.first { $0["datePublished"] != nil }

        // site name first: title cleaning uses it
        m.siteName = nonEmpty(metas["og:site_name"]) ?? publisherName(ld) ?? nonEmpty(metas["application-name"])
            ?? jsonLD.first(where: { typeNames($0["@type"]).contains("WebSite") }).flatMap { nonEmpty($0["name"] as? String) }
            ?? feedTitle

        // date: JSON-LD, then meta tags, then <time>
        if let d = (ld?["datePublished"] as? String).flatMap(WebDate.parse) ?? (ld?["dateCreated"] as? String).flatMap(WebDate.parse) {
            m.date = d; m.dateSource = "json-ld"
        } else {
            let keys = ["article:published_time", "og:article:published_time", "article:published", "og:published_time",
                        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
                        "dcterms.created", "dc.date.created", "itemprop:datepublished", "datepublished", "pubdate", "publishdate",
                        "publish-date", "publish_date", "publication_date", "citation_publication_date", "date", "article.published",
                        "cxenseparse:recs:publishtime", "og:updated_time", "article:modified_time"]
            for k in keys {
                if let v = metas[k], let d = WebDate.parse(v) { m.date = d; m.dateSource = "meta"; break }
            }
            if m.date == nil, let best = times.enumerated().max(by: { ($0.element.score, -$0.offset) < ($1.element.score, -$1.offset) }),
               best.element.score >= 0, let d = WebDate.parse(best.element.value) {
                m.date = d; m.dateSource = "time"
            }
        }

        // title: og/twitter, JSON-LD headline, the h1 that is not the site's name, <title>; without the site's suffix
        let site = m.siteName
        let candidates: [String?] = [metas["og:title"], metas["twitter:title"], ld?["headline"] as? String,
                                     h1s.first { $0.lowercased() != site?.lowercased() }, titleElement]
        for c in candidates {
            if let c, case let t = stripSiteSuffix(clean(c), site: site), !t.isEmpty { m.title = t; break }
        }
        if m.siteName == nil, let t = titleElement { m.siteName = siteSuffix(t) }

        // canonical address
        let ldURL = (ld?["url"] as? String) ?? (ld?["mainEntityOfPage"] as? String) ?? ((ld?["mainEntityOfPage"] as? [String: Any])?["@id"] as? String)
        if let c = nonEmpty(canonical) ?? nonEmpty(metas["og:url"]) ?? nonEmpty(ldURL) {
            m.canonicalURL = resolve(c, against: baseURL)
        } else {
            m.canonicalURL = baseURL
        }
        if m.siteName == nil, let u = m.canonicalURL, let host = URL(string: u)?.host {
            m.siteName = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        }
        return m
    }

    static func flatten(_ obj: Any, into out: inout [[String: Any]]) {
        if let a = obj as? [Any] { for x in a { flatten(x, into: &out) }; return }
        guard let d = obj as? [String: Any] else { return }
        out.append(d)
        if let g = d["@graph"] { flatten(g, into: &out) }
    }

    static func typeNames(_ t: Any?) -> [String] {
        if let s = t as? String { return [s] }
        if let a = t as? [Any] { return a.compactMap { $0 as? String } }
        return []
    }

    static func isArticle(_ t: Any?) -> Bool {
        typeNames(t).contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "LiveBlogPosting" }
    }

    static func publisherName(_ ld: [String: Any]?) -> String? {
        guard let ld else { return nil }
        if let p = ld["publisher"] as? [String: Any] { return nonEmpty(p["name"] as? String) }
        if let ps = ld["publisher"] as? [[String: Any]] { return ps.lazy.compactMap { nonEmpty($0["name"] as? String) }.first }
        return nil
    }

    static func nonEmpty(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = clean(s)
        return t.isEmpty ? nil : t
    }

    /// Collapses whitespace (including no-break spaces) to single spaces and trims.
    static func clean(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for u in s.unicodeScalars {
            if u.properties.isWhitespace || u == "\u{00A0}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if u == "\u{200B}" || u == "\u{FEFF}" || u == "\u{00AD}" { continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.unicodeScalars.append(u)
        }
        return out
    }

    static let separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " // ", " » "]

    /// "Headline | Site" → "Headline" when one side is the site's name or a short tail.
    static func stripSiteSuffix(_ t: String, site: String?) -> String {
        for sep in separators where t.contains(sep) {
            var parts = t.components(separatedBy: sep)
            if let site = site?.lowercased() {
                if let last = parts.last?.lowercased(), last == site || site.contains(last) || last.contains(site) { parts.removeLast(); return parts.joined(separator: sep) }
                if let first = parts.first?.lowercased(), first == site || site.contains(first) || first.contains(site) { parts.removeFirst(); return parts.joined(separator: sep) }
            }
            if parts.count >= 2, let last = parts.last, last.split(separator: " ").count <= 4,
               parts.dropLast().joined(separator: sep).split(separator: " ").count >= 4 {
                parts.removeLast()
                return parts.joined(separator: sep)
            }
            // "Site :: Headline"
            if parts.count == 2, parts[0].split(separator: " ").count <= 4, parts[1].split(separator: " ").count >= 6 {
                return parts[1]
            }
        }
        return t
    }

    /// The site's name in the title of its feed link ("Kremlin Watcher - Atom", "Site » Feed", "Site RSS Feed").
    static func feedSiteName(_ t: String) -> String? {
        var s = clean(t)
        for suffix in [" - Atom", " - RSS", " » Feed", " » Comments Feed", " RSS Feed", " Atom Feed", " RSS", " Feed", " - Feed"] where s.hasSuffix(suffix) {
            s = String(s.dropLast(suffix.count))
            break
        }
        return s.isEmpty || s.lowercased().contains("comments") ? nil : s
    }

    /// The short tail of a "Headline | Site" title, taken as the site's name.
    static func siteSuffix(_ t: String) -> String? {
        for sep in separators where t.contains(sep) {
            let parts = t.components(separatedBy: sep)
            if let last = parts.last, last.split(separator: " ").count <= 4, parts.count >= 2 { return last }
            if parts.count == 2, parts[0].split(separator: " ").count <= 4, parts[1].split(separator: " ").count >= 6 { return parts[0] }
        }
        return nil
    }

    static func resolve(_ href: String, against base: String?) -> String {
        if href.hasPrefix("http://") || href.hasPrefix("https://") { return href }
        if let base, let b = URL(string: base), let u = URL(string: href, relativeTo: b) { return u.absoluteString }
        return href
    }
}
