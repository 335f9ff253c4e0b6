/// Finds a page's article body and returns its paragraphs and subheadings, dropping furniture: navigation, menus,
/// ads, related-article lists, comments, cookie banners, share bars, captions and credits.
///
/// Three steps: furniture is pruned by tag, ARIA role, hidden state and class/id words (never a subtree that holds
/// most of the page's paragraph text); text blocks are scored in the manner of Readability (paragraph length and
/// commas, given to the ancestors, weighed by class words and link density) to choose the body and its siblings;
/// the body's blocks are then filtered (link lists, stock phrases, trailing headings).
struct MainTextExtractor {
    /// A run of text between block boundaries.
    struct Block {
        var text: String
        var chars: Int
        var linkChars: Int
        /// The element that holds the text (a `p`, a `div` with text of its own, a `td`…).
        var owner: Int
        var isHeading: Bool { ["h1", "h2", "h3", "h4", "h5", "h6"].contains(tag) }
        var tag: String
        var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
    }

    let tree: HTMLTree
    private(set) var pruned: [Bool]
    private(set) var blocks: [Block] = []

    static let dropTags: Set<String> = [
        "head", "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input", "select",
        "textarea", "option", "nav", "aside", "footer", "figure", "figcaption", "picture", "video", "audio", "object",
        "embed", "menu", "dialog", "label", "header", "address", "form", "img", "map", "math", "source", "track", "meter",
        "progress", "del", "s", "strike", "sup", "fieldset", "legend",
    ]
    /// Tags dropped whatever they hold (they never hold the article).
    static let alwaysDrop: Set<String> = ["head", "script", "style", "noscript", "template", "svg", "canvas", "option", "select", "textarea", "button"]
    static let blockTags: Set<String> = [
        "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "aside",
    ]
    static let boilerplateStarts: [String] = [
        "advertisement", "advertisment", "sponsored", "read more", "read also", "also read", "see also", "related:",
        "share this", "share on", "share:", "sign up", "subscribe", "follow us", "photo:", "photograph:", "image:",
        "picture:", "credit:", "copyright", "©", "all rights reserved", "skip to", "we use cookies", "this site uses cookies",
        "accept", "click here", "listen to this article", "print this", "email this", "comments", "leave a comment",
        "most read", "trending", "top stories", "more from", "back to top", "loading", "watch:", "video:", "tags:",
        "filed under", "source:", "story continues below", "continue reading", "the story continues", "scroll to continue",
        "download the app", "get the app", "reporting by", "editing by", "writing by", "additional reporting",
        "compiled by", "produced by",
    ]

    init(tree: HTMLTree) {
        self.tree = tree
        self.pruned = [Bool](repeating: false, count: tree.nodes.count)
        prune()
        collectBlocks()
    }

    // MARK: pruning

    mutating func prune() {
        let nodes = tree.nodes
        guard !nodes.isEmpty else { return }
        // paragraph text under each element (children come after their parent in the array)
        var ptext = [Int](repeating: 0, count: nodes.count)
        for i in stride(from: nodes.count - 1, through: 0, by: -1) {
            let n = nodes[i]
            if n.isText {
                if n.parent >= 0, nodes[n.parent].tag == "p" { ptext[i] = n.text.utf8.count }
            }
            if n.parent >= 0 { ptext[n.parent] += ptext[i] }
        }
        let total = max(ptext[0], 1)
        var stack = [0]
        while let i = stack.popLast() {
            let n = nodes[i]
            if n.isText { continue }
            if furniture(n, holdsMost: Double(ptext[i]) / Double(total) > 0.5) {
                markPruned(i)
                continue
            }
            stack.append(contentsOf: n.children.reversed())
        }
    }

    mutating func markPruned(_ i: Int) {
        var stack = [i]
        while let j = stack.popLast() {
            pruned[j] = true
            stack.append(contentsOf: tree.nodes[j].children)
        }
    }

    /// True when an element is furniture. An element that holds most of the page's paragraph text is kept unless
    /// its tag can never hold an article.
    func furniture(_ n: HTMLTree.Node, holdsMost: Bool) -> Bool {
        let tag = n.tag
        if Self.alwaysDrop.contains(tag) { return true }
        if tag.hasPrefix("amp-") && tag != "amp-accordion" && tag != "amp-fit-text" { return true }
        if holdsMost { return false }
        if Self.dropTags.contains(tag) { return true }
        if n.attribute("hidden") != nil { return true }
        if n.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = n.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if let role = n.attribute("role")?.lowercased(), ClassHints.negativeRoles.contains(role) { return true }
        if let itemprop = n.attribute("itemprop")?.lowercased(), itemprop == "articlebody" || itemprop == "text" { return false }
        let hints = (n.attribute("class") ?? "") + " " + (n.attribute("id") ?? "") + " " + (n.attribute("data-component") ?? "")
            + " " + (n.attribute("itemprop") ?? "")
        if ClassHints.weight(classAndID: hints) < 0 { return true }
        return false
    }

    // MARK: blocks

    mutating func collectBlocks() {
        guard !tree.nodes.isEmpty else { return }
        var buffer = ""
        var linkChars = 0
        var owners: [Int] = []
        // a line break (<br>) inside a block: each line is a block of its own (old pages set paragraphs with <br>)
        let lineBreak: Character = "\u{1}"
        func flush(_ owner: Int) {
            let lines = buffer.split(separator: lineBreak)
            let total = max(buffer.unicodeScalars.count, 1)
            let lc = linkChars
            buffer = ""
            linkChars = 0
            for line in lines {
                let text = PageMetadata.clean(String(line))
                guard !text.isEmpty else { continue }
                let chars = text.unicodeScalars.count
                // link characters shared out in proportion (links are rarely split across lines)
                let links = lines.count == 1 ? lc : lc * line.unicodeScalars.count / total
                blocks.append(Block(text: text, chars: chars, linkChars: min(links, chars), owner: owner, tag: tree.nodes[owner].tag))
            }
        }
        // iterative walk: (node, entering?, inLink)
        var stack: [(Int, Bool, Bool)] = [(0, true, false)]
        while let (i, entering, inLink) = stack.popLast() {
            let n = tree.nodes[i]
            if n.isText {
                buffer += n.text
                if inLink { linkChars += PageMetadata.clean(n.text).unicodeScalars.count }
                continue
            }
            if pruned[i] { continue }
            let isBlock = Self.blockTags.contains(n.tag)
            if n.tag == "br" {
                buffer.append(lineBreak)
                continue
            }
            if entering {
                if isBlock {
                    if let o = owners.last { flush(o) }
                    owners.append(i)
                }
                stack.append((i, false, inLink))
                let childLink = inLink || n.tag == "a"
                for c in n.children.reversed() { stack.append((c, true, childLink)) }
            } else if isBlock {
                flush(i)
                owners.removeLast()
            }
        }
        if let o = owners.last { flush(o) }
    }

    // MARK: choosing the body

    /// The chosen body: the top candidate and the siblings that belong with it.
    func bodyRoots() -> [Int] {
        let nodes = tree.nodes
        var score: [Int: Double] = [:]
        func initial(_ i: Int) -> Double {
            let n = nodes[i]
            var s: Double
            switch n.tag {
            case "div", "article", "main", "section": s = 5
            case "pre", "td", "blockquote": s = 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": s = -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": s = -5
            default: s = 0
            }
            let hints = (n.attribute("class") ?? "") + " " + (n.attribute("id") ?? "") + " " + (n.attribute("itemprop") ?? "")
            s += 25 * Double(ClassHints.weight(classAndID: hints))
            if n.attribute("itemprop")?.lowercased() == "articlebody" { s += 25 }
            if n.tag == "article" || n.tag == "main" { s += 5 }
            return s
        }
        for b in blocks where b.chars >= 25 && !b.isHeading {
            let commas = b.text.unicodeScalars.reduce(0) { $0 + ($1 == "," || $1 == "，" || $1 == "،" ? 1 : 0) }
            let content = 1 + Double(commas) + min(Double(b.chars / 100), 3)
            var a = nodes[b.owner].parent
            var level = 0
            while a >= 0 && level < 5 {
                if score[a] == nil { score[a] = initial(a) }
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                score[a]! += content / divider
                a = nodes[a].parent
                level += 1
            }
        }
        guard !score.isEmpty else { return tree.root.map { [$0] } ?? [] }
        // link density of each candidate: link characters over all characters of the blocks under it
        var chars: [Int: Int] = [:], links: [Int: Int] = [:]
        for b in blocks {
            var a = b.owner
            while a >= 0 {
                chars[a, default: 0] += b.chars
                links[a, default: 0] += b.linkChars
                a = nodes[a].parent
            }
        }
        func density(_ i: Int) -> Double {
            let c = chars[i] ?? 0
            return c == 0 ? 0 : Double(links[i] ?? 0) / Double(c)
        }
        var final: [Int: Double] = [:]
        for (i, s) in score { final[i] = s * (1 - density(i)) }
        let ordered = final.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var top = ordered[0].key
        let topScore = ordered[0].value
        // several near-best candidates under one ancestor: the ancestor is the body
        let alternatives = ordered.dropFirst().prefix(5).filter { $0.value >= topScore * 0.75 }.map(\.key)
        if alternatives.count >= 3 {
            var a = nodes[top].parent
            while a >= 0 && nodes[a].tag != "body" {
                if alternatives.filter({ tree.isAncestor(a, of: $0) }).count >= 3 { top = a; break }
                a = nodes[a].parent
            }
        }
        // a parent that scores higher than its child is the better body
        var last = final[top] ?? topScore
        let threshold = last / 3
        var p = nodes[top].parent
        while p >= 0 && nodes[p].tag != "body" {
            guard let ps = final[p] else { p = nodes[p].parent; continue }
            if ps < threshold { break }
            if ps > last { top = p; break }
            last = ps
            p = nodes[p].parent
        }
        // an only child: its parent
        while nodes[top].parent >= 0, nodes[nodes[top].parent].tag != "body",
              nodes[nodes[top].parent].children.filter({ !nodes[$0].isText && !pruned[$0] }).count == 1 {
            top = nodes[top].parent
        }
        // siblings that belong with the body
        let parent = nodes[top].parent
        guard parent >= 0 else { return [top] }
        let best = final[top] ?? topScore
        let siblingThreshold = max(10, best * 0.2)
        let topClass = nodes[top].attribute("class") ?? ""
        var roots: [Int] = []
        var ownText: [Int: (chars: Int, links: Int, text: String)] = [:]
        for b in blocks where ownText[b.owner] == nil { ownText[b.owner] = (b.chars, b.linkChars, b.text) }
        for s in nodes[parent].children where !nodes[s].isText && !pruned[s] {
            if s == top { roots.append(s); continue }
            var bonus = 0.0
            if !topClass.isEmpty, nodes[s].attribute("class") == topClass { bonus = best * 0.2 }
            if let fs = final[s], fs + bonus >= siblingThreshold { roots.append(s); continue }
            if nodes[s].tag == "p" || nodes[s].tag == "blockquote", let t = ownText[s] {
                let ld = t.chars == 0 ? 0 : Double(t.links) / Double(t.chars)
                if t.chars > 80 && ld < 0.25 { roots.append(s); continue }
                if t.chars > 0 && t.chars <= 80 && ld == 0 && (t.text.hasSuffix(".") || t.text.contains(". ")) { roots.append(s) }
            }
        }
        return roots
    }

    // MARK: the body's text

    /// The body's blocks, filtered, in document order.
    func bodyBlocks(roots: [Int]) -> [Block] {
        var inRoot = [Bool](repeating: false, count: tree.nodes.count)
        for r in roots { for e in tree.elements(under: r) { inRoot[e] = true } }
        var kept: [Block] = []
        for b in blocks where inRoot[b.owner] {
            if b.tag == "h1" { continue }
            if !b.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { continue }
            if b.linkDensity > 0.5 { continue }
            if (b.tag == "li" || b.tag == "dd" || b.tag == "dt") && b.linkDensity > 0.3 { continue }
            if isBoilerplate(b.text) || isStamp(b.text) { continue }
            if !b.isHeading && isFragment(b.text) { continue }
            kept.append(b)
        }
        // headings with no text after them (the heading of a dropped list or comment section)
        var out: [Block] = []
        for (i, b) in kept.enumerated() {
            if b.isHeading {
                let next = kept[(i + 1)...].first { !$0.isHeading }
                if next == nil { continue }
                if let nextIndex = kept[(i + 1)...].firstIndex(where: { !$0.isHeading }), kept[(i + 1)..<nextIndex].contains(where: \.isHeading) { continue }
            }
            out.append(b)
        }
        return out
    }

    /// Short lines that state who wrote the article or when ("By Jane Roe", "Posted on March 11, 2023"): not body
    /// text, but read for the publication date.
    func isStamp(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count <= 12, let first = words.first?.lowercased().filter({ $0.isLetter }) else { return false }
        return ["by", "posted", "published", "updated", "written", "last"].contains(first) && !text.hasSuffix(".")
    }

    /// A label rather than text: at most three words and no sentence punctuation ("Details", "Hits: 2311").
    func isFragment(_ text: String) -> Bool {
        guard text.split(separator: " ").count <= 3 else { return false }
        return !text.unicodeScalars.contains { $0 == "." || $0 == "!" || $0 == "?" || $0 == "…" || $0 == "。" }
    }

    /// The stamp lines of the page ("Posted on March 11, 2023"), for the publication date.
    func stamps() -> [String] { blocks.filter { isStamp($0.text) && !isBoilerplate($0.text) }.prefix(5).map(\.text) }

    func isBoilerplate(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        guard words <= 24 else { return false }
        let l = text.lowercased()
        if words > 12 { return Self.creditStarts.contains { l.hasPrefix($0) } }
        return Self.boilerplateStarts.contains { l.hasPrefix($0) }
    }

    /// Wire credits, which run longer than other stock lines ("Reporting by …; Editing by …").
    static let creditStarts = ["reporting by", "editing by", "writing by", "additional reporting", "compiled by", "(reporting by"]
}
