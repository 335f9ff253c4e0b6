/// Words in `class`, `id`, `role` and `itemprop` attributes that mark page furniture or the article body.
enum ClassHints {
    /// Tokens that mark furniture when a class or id contains them as a word ("share-bar", "relatedLinks").
    static let negativeWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menus", "footer", "sidebar", "aside", "comment", "comments", "disqus",
        "related", "share", "sharing", "shares", "social", "cookie", "cookies", "consent", "gdpr", "banner", "ad", "ads",
        "advert", "advertisement", "adslot", "advertising", "dfp", "promo", "promotion", "sponsor", "sponsored", "newsletter",
        "subscribe", "subscription", "signup", "caption", "captions", "credit", "credits", "breadcrumb", "breadcrumbs",
        "pagination", "pager", "popup", "modal", "overlay", "tags", "tag", "author", "authors", "byline", "meta", "hidden",
        "toolbar", "widget", "widgets", "masthead", "header", "recommended", "recommendations", "trending", "mostread",
        "popular", "outbrain", "taboola", "paywall", "disclaimer", "copyright", "print", "skip", "kicker", "eyebrow",
        "more", "teaser", "teasers", "rail", "topics", "follow", "tools", "utility", "alert", "notice", "jump", "toc",
        "bio", "profile", "login", "search", "weather", "ticker", "video", "gallery", "slideshow", "photo", "image", "img",
        "figure", "media", "embed", "newsletters", "donate", "feedback", "reactions", "timestamp",
        "sronly", "sr", "visually", "visuallyhidden", "lightbox", "readmore", "readnext", "next", "prev",
        "crumbs", "top", "actions", "cta", "info", "hits", "createdby", "category", "by", "signoff",
    ]
    /// Tokens that mark the article body.
    static let positiveWords: Set<String> = [
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "prose", "richtext",
        "blog", "column", "paragraph", "storytext", "bodytext",
    ]
    /// ARIA roles of furniture.
    static let negativeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "alert", "search", "menu",
        "menubar", "toolbar", "note", "figure", "img",
    ]

    /// The words of a class or id value, leaving out generated names ("sc-77igqf-0", "bOfvBY", "css-1ck9wyi"): their
    /// letters are noise that can spell a hint word by chance.
    static func hintWords(_ value: String) -> [String] {
        var out: [String] = []
        for name in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            for part in name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }) where !isGenerated(part) {
                out += words(String(part))
            }
        }
        return out
    }

    /// True for a generated fragment of a class name: letters mixed with digits ("77igqf", "2e4f6a"), or short
    /// mixed case without a lower-case run of three letters ("bOfvBY", "kLmNoP").
    static func isGenerated(_ part: Substring) -> Bool {
        let hasDigit = part.contains { $0.isNumber }, hasLetter = part.contains { $0.isLetter }
        if hasDigit && hasLetter { return true }
        guard part.count <= 8, part.contains(where: { $0.isUppercase }), part.contains(where: { $0.isLowercase }) else { return false }
        var run = 0, longest = 0
        for ch in part { if ch.isLowercase { run += 1; longest = max(longest, run) } else { run = 0 } }
        return longest < 3
    }

    /// The words of an attribute value: split on non-letters and on lower-to-upper case changes, lower-cased.
    static func words(_ value: String) -> [String] {
        var out: [String] = []
        var cur = ""
        var prevLower = false
        for ch in value {
            if ch.isLetter || ch.isNumber {
                if ch.isUppercase && prevLower && !cur.isEmpty { out.append(cur.lowercased()); cur = "" }
                cur.append(ch)
                prevLower = ch.isLowercase
            } else {
                if !cur.isEmpty { out.append(cur.lowercased()); cur = "" }
                prevLower = false
            }
        }
        if !cur.isEmpty { out.append(cur.lowercased()) }
        return out
    }

    /// -1 for furniture, +1 for the article body, 0 for neither; furniture wins over body.
    static func weight(classAndID: String) -> Int {
        let ws = hintWords(classAndID)
        if ws.isEmpty { return 0 }
        if ws.contains(where: negativeWords.contains) { return -1 }
        // joined compounds: "articlebody", "storybody"
        let joined = ws.joined()
        if ws.contains(where: positiveWords.contains) || joined.contains("articlebody") || joined.contains("storybody") { return 1 }
        return 0
    }
}
