import ParleyKnowledge
import ParleyText
import ParleyTime

/// The result of extracting one document: its events, why each was produced, and the publication date used.
public struct ExtractionResult: Sendable {
    public var events: [Event]
    public var explanations: [Explanation]
    public var publicationDate: String?
    public var publicationDateSource: String?
    public var diagnostics: [String]
    /// What the rules saw in each sentence, when extraction was asked to trace.
    public var trace: [String] = []
}

/// Turns articles into diplomatic events: cleaning, tokens and sentences, mentions, event rules,
/// then one event per interaction per article. Thread-safe; build one and share it.
public struct Extractor: Sendable {
    public let kb: KnowledgeBase

    public init(kb: KnowledgeBase) { self.kb = kb }

    /// Loads the bundled knowledge base and builds an extractor.
    public init() throws { self.kb = try KnowledgeBase() }

    /// Extracts the events of one document.
    /// With `trace`, the result also lists each sentence's groups, triggers and time expressions.
    public func extract(_ doc: InputDocument, trace: Bool = false) -> ExtractionResult {
        let analysis = TextAnalysis(text: doc.text)
        var found = PublicationDateFinder().find(metadata: doc.date, analysis: analysis, url: doc.url)
        if let (day, source) = found, source == .datelineInferredYear { found = (refinedYear(of: day, analysis: analysis), source) }
        if let (day, source) = found, source == .datelineWithoutYear {
            found = yearFromOfficials(of: day, analysis: analysis).map { ($0, source) }
        }
        let publication = found?.0
        var builder = EventBuilder(kb: kb, analysis: analysis, publication: publication)
        if trace { builder.trace = ["publication \(publication?.description ?? "-") (\(found?.1.rawValue ?? "none"))"] }
        var candidates: [Candidate] = []
        for (i, s) in analysis.sentences.enumerated() where s.exclusion == nil {
            let cs = builder.candidates(sentence: i, s)
            for c in cs { builder.noteOccasionPlace(c) }
            candidates += cs
        }
        let merged = ArticleMerger(kb: kb, publication: publication).merge(candidates)
        var events: [Event] = []
        var explanations: [Explanation] = []
        for m in merged {
            let e = materialize(m, doc: doc, analysis: analysis)
            guard Set(e.participants.map(\.code)).count >= 2 else { continue }
            events.append(e)
            explanations.append(Explanation(rule: m.candidates.map(\.rule).joined(separator: " | "),
                                            trigger: m.candidates.map { analysis.string(tokens: $0.trigger.lowerBound, $0.trigger.upperBound - 1) }
                                                .joined(separator: " | "),
                                            mentions: Array(Set(m.candidates.flatMap(\.mentionLabels))).sorted(),
                                            notes: m.notes))
        }
        return ExtractionResult(events: events, explanations: explanations, publicationDate: publication?.description,
                                publicationDateSource: found?.1.rawValue, diagnostics: [], trace: builder.trace ?? [])
    }

    /// A dateline without a year is dated with the latest year the text writes; the officials the article names
    /// say better: of that year and the three after it, the one in which most of them held office.
    func refinedYear(of day: Day, analysis: TextAnalysis) -> Day {
        let (y, _, _) = day.components
        if let near = bestYear(of: day, in: y...(y + 3), analysis: analysis, requireSomeone: true) { return near }
        // nobody the article names was in office then ("first since 2008"): the officials decide alone
        return yearFromOfficials(of: day, analysis: analysis) ?? day
    }

    /// A dateline with no year in a text that writes none: the year since 2000 in which most of the officials the
    /// article names held office on that day (the latest such year on a tie); nil when it names none.
    func yearFromOfficials(of day: Day, analysis: TextAnalysis) -> Day? {
        // a document is not published after today
        let thisYear = Day.today().components.0
        return bestYear(of: day, in: 2000...max(2000, thisYear), analysis: analysis, latestOnTie: true, requireSomeone: true)
    }

    func bestYear(of day: Day, in years: ClosedRange<Int>, analysis: TextAnalysis, latestOnTie: Bool = false,
                  requireSomeone: Bool = false) -> Day? {
        var people = Set<Int>()
        var i = 0
        let toks = analysis.tokens
        while i < toks.count {
            if let m = kb.matcher.longestMatch(toks, at: i, limit: toks.count) {
                for p in m.payloads { if case let .person(idx, short) = p, !short { people.insert(idx) } }
                i += m.length
            } else {
                i += 1
            }
        }
        guard !people.isEmpty else { return requireSomeone ? nil : day }
        let (_, m, d) = day.components
        func inOffice(_ year: Int) -> Int {
            guard let candidate = Day(year: year, month: m, day: d) else { return -1 }
            return people.filter { kb.term(of: kb.people[$0], on: candidate) != nil }.count
        }
        // among years with as many officials in office, one in which the dateline's day is a weekday the story names
        // ("WASHINGTON, May 23 - … on Thursday": 2024, when May 23 was a Thursday) comes first
        let named = TemporalTagger.weekdaysNamed(in: analysis)
        func weekdayFits(_ year: Int) -> Bool { Day(year: year, month: m, day: d).map { named.contains($0.weekday) } ?? false }
        var best = (year: years.lowerBound, count: inOffice(years.lowerBound))
        for year in years.dropFirst() {
            let c = inOffice(year)
            let tieBreak = c == best.count && (weekdayFits(year) && !weekdayFits(best.year) || (latestOnTie && weekdayFits(year) == weekdayFits(best.year)))
            if c > best.count || tieBreak { best = (year, c) }
        }
        if requireSomeone && best.count == 0 { return nil }
        return Day(year: best.year, month: m, day: d)
    }

    /// Every mention of the document linked to a state, organisation or official, after coreference (pronouns,
    /// surnames, role nouns resolved by the article's date): the linking half of extraction, for tests and tools.
    public func linkedMentions(_ doc: InputDocument) -> [LinkedMention] {
        let analysis = TextAnalysis(text: doc.text)
        let publication = PublicationDateFinder().find(metadata: doc.date, analysis: analysis, url: doc.url)?.0
        var builder = EventBuilder(kb: kb, analysis: analysis, publication: publication)
        builder.linked = []
        for (i, s) in analysis.sentences.enumerated() where s.exclusion == nil { _ = builder.candidates(sentence: i, s) }
        return builder.linked ?? []
    }

    func materialize(_ m: MergedEvent, doc: InputDocument, analysis: TextAnalysis) -> Event {
        var participants: [Participant] = []
        let directed = m.type.isDirected
        func add(_ a: Actor, side: Participant.Side?) {
            if let i = participants.firstIndex(where: { $0.code == a.code }) {
                if participants[i].name == nil, let n = a.name { participants[i].name = n; participants[i].role = a.role }
                return
            }
            participants.append(Participant(code: a.code, name: a.name, role: a.role, side: directed ? side : nil))
        }
        for a in m.agents where !a.code.isEmpty { add(a, side: .source) }
        for a in m.partners where !a.code.isEmpty {
            if m.type == .visit { add(Actor(code: a.code, name: nil, role: nil, gender: nil, isPerson: false), side: .target) }
            else { add(a, side: .target) }
        }
        var evidence: [Evidence] = []
        for s in m.sentences {
            let sent = analysis.sentences[s]
            let start = analysis.scalarOffset(ofByte: sent.bytes.lowerBound)
            let text = analysis.string(sent.bytes)
            evidence.append(Evidence(doc: doc.id, start: start, end: analysis.scalarOffset(ofByte: sent.bytes.upperBound), text: text))
        }
        var topics = Set<String>()
        for s in m.sentences {
            for t in analysis.sentences[s].tokens { if let topic = Cues.topics[analysis.tokens[t].key] { topics.insert(topic) } }
        }
        let date = m.date.map { EventDate(start: $0.0.start.description, end: $0.0.end.description, text: $0.1) }
        let id = Self.eventID(doc: doc.id, type: m.type, codes: participants.map(\.code).sorted(), firstSentence: m.sentences.first ?? 0)
        return Event(id: id, type: m.type, status: m.status, participants: participants, date: date, location: m.location,
                     occasion: m.occasion, topics: topics.sorted(), evidence: evidence, confidence: (m.confidence * 100).rounded() / 100)
    }

    /// A stable id from the document, type, participants and first sentence.
    static func eventID(doc: String, type: EventType, codes: [String], firstSentence: Int) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in "\(doc)|\(type.rawValue)|\(codes.joined(separator: ","))|\(firstSentence)".utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hex = String(h, radix: 16)
        return "e-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
