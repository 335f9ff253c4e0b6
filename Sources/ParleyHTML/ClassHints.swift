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
        let ws = words(classAndID)
        if ws.isEmpty { return 0 }
        if ws.contains(where: negativeWords.contains) { return -1 }
        // joined compounds: "articlebody", "storybody"
        let joined = ws.joined()
        if ws.contains(where: positiveWords.contains) || joined.contains("articlebody") || joined.contains("storybody") { return 1 }
        return 0
    }
}
