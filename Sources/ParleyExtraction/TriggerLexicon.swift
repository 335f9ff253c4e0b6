import ParleyText

/// A word or phrase that can state an event ("met", "held talks", "phone call", "flew to").
struct Trigger: Sendable, Hashable {
    /// What kind of event the trigger states; `generic` is talks of unstated medium (meeting or call).
    enum Sense: String, Sendable, Hashable { case meeting, generic, call, visit, travel, agreementNoun, sign, invitation, message, demand, host, summit }
    /// Verb forms (they set tense) or noun.
    enum Form: Sendable, Hashable { case past, present, base, ing, noun, participle }
    var sense: Sense
    var form: Form
    /// The rule name shown by `--explain`.
    var name: String
}

/// The trigger phrases, as data: phrase, sense, form.
enum TriggerLexicon {
    static let entries: [(String, Trigger.Sense, Trigger.Form)] = [
        // meetings
        ("met", .meeting, .past), ("meet", .meeting, .base), ("meets", .meeting, .present), ("meeting", .meeting, .noun),
        ("meetings", .meeting, .noun), ("sit-down", .meeting, .noun), ("audience", .meeting, .noun),
        ("summit meeting", .meeting, .noun), ("see", .meeting, .base), ("face-to-face", .meeting, .noun), ("tete-a-tete", .meeting, .noun),
        ("received", .meeting, .past), ("receives", .meeting, .present), ("receive", .meeting, .base),
        ("welcomed", .meeting, .past), ("welcomes", .meeting, .present), ("greeted", .meeting, .past),
        ("hugged", .meeting, .past), ("embraced", .meeting, .past), ("shook hands", .meeting, .past),
        ("sat down", .meeting, .past), ("deliberated", .generic, .past), ("conferred", .generic, .past),
        // "Biden, Kishida and Yoon held a summit at Camp David": the summit is their meeting
        ("held a summit", .meeting, .past), ("hold a summit", .meeting, .base), ("holds a summit", .meeting, .present),
        ("holding a summit", .meeting, .ing),
        // talks of unstated medium
        ("talks", .generic, .noun), ("held talks", .generic, .past), ("hold talks", .generic, .base),
        ("holds talks", .generic, .present), ("holding talks", .generic, .ing), ("discussions", .generic, .noun),
        ("discussed", .generic, .past), ("discuss", .generic, .base), ("discusses", .generic, .present),
        ("conversations", .generic, .noun), ("conversation", .generic, .noun), ("consultations", .generic, .noun),
        ("negotiations", .generic, .noun), ("engagements", .generic, .noun), ("spoke", .generic, .past),
        ("spoken", .generic, .participle), ("speaks", .generic, .present), ("talked", .generic, .past), ("speak", .generic, .base),
        // calls
        ("call", .call, .noun), ("calls", .call, .noun), ("phone call", .call, .noun), ("telephone call", .call, .noun),
        ("video call", .call, .noun), ("phone calls", .call, .noun), ("phone conversation", .call, .noun),
        ("telephone conversation", .call, .noun), ("phone talks", .call, .noun), ("telephone talks", .call, .noun),
        ("videoconference", .call, .noun), ("video conference", .call, .noun), ("video link", .call, .noun),
        ("phoned", .call, .past), ("telephoned", .call, .past), ("called", .call, .past), ("rang", .call, .past),
        ("dialled", .call, .past), ("dialed", .call, .past),
        // visits and travel
        ("visit", .visit, .noun), ("visits", .visit, .present), ("visited", .visit, .past), ("visiting", .visit, .ing),
        ("state visit", .visit, .noun), ("official visit", .visit, .noun), ("working visit", .visit, .noun),
        ("trip", .visit, .noun), ("trips", .visit, .noun), ("tour", .visit, .noun), ("toured", .visit, .past),
        ("traveled", .travel, .past), ("travelled", .travel, .past), ("travels", .travel, .present),
        ("travel", .travel, .base), ("traveling", .travel, .ing), ("travelling", .travel, .ing), ("flew", .travel, .past),
        ("flying", .travel, .ing), ("fly", .travel, .base), ("flies", .travel, .present), ("arrived", .travel, .past),
        ("arrives", .travel, .present), ("arrive", .travel, .base), ("arriving", .travel, .ing), ("went", .travel, .past),
        ("landed", .travel, .past), ("headed", .travel, .past), ("heads", .travel, .present), ("came", .travel, .past),
        ("journeyed", .travel, .past), ("spent", .travel, .past), ("spends", .travel, .present), ("spend", .travel, .base),
        ("crossed into", .travel, .past), ("was in", .travel, .past), ("were in", .travel, .past), ("is in", .travel, .present),
        ("due in", .travel, .base), ("expected in", .travel, .base),
        // agreements
        ("agreement", .agreementNoun, .noun), ("agreements", .agreementNoun, .noun), ("pact", .agreementNoun, .noun),
        ("pacts", .agreementNoun, .noun), ("treaty", .agreementNoun, .noun), ("treaties", .agreementNoun, .noun),
        ("accord", .agreementNoun, .noun), ("accords", .agreementNoun, .noun), ("memorandum", .agreementNoun, .noun),
        ("memorandums", .agreementNoun, .noun), ("memoranda", .agreementNoun, .noun), ("deal", .agreementNoun, .noun),
        ("deals", .agreementNoun, .noun), ("mou", .agreementNoun, .noun), ("mous", .agreementNoun, .noun),
        ("ceasefire", .agreementNoun, .noun), ("truce", .agreementNoun, .noun), ("contract", .agreementNoun, .noun),
        ("contracts", .agreementNoun, .noun), ("declaration", .agreementNoun, .noun), ("partnership agreement", .agreementNoun, .noun),
        ("partnership", .agreementNoun, .noun), ("convention", .agreementNoun, .noun), ("protocol", .agreementNoun, .noun),
        ("signed", .sign, .past), ("sign", .sign, .base), ("signs", .sign, .present), ("signing", .sign, .ing),
        ("inked", .sign, .past), ("concluded", .sign, .past), ("struck", .sign, .past), ("sealed", .sign, .past),
        ("reached", .sign, .past), ("agreed", .sign, .past), ("clinched", .sign, .past), ("initialled", .sign, .past),
        // invitations
        ("invited", .invitation, .past), ("invites", .invitation, .present), ("invite", .invitation, .base),
        ("invitation", .invitation, .noun), ("inviting", .invitation, .ing),
        // messages
        ("congratulated", .message, .past), ("congratulates", .message, .present), ("congratulate", .message, .base),
        ("congratulations", .message, .noun), ("congratulatory", .message, .noun), ("condolences", .message, .noun),
        ("condolence", .message, .noun), ("thanked", .message, .past), ("thanks", .message, .present),
        ("thank", .message, .base), ("appreciation", .message, .noun), ("gratitude", .message, .noun),
        ("letter", .message, .noun), ("message", .message, .noun), ("greetings", .message, .noun),
        ("felicitated", .message, .past), ("wished", .message, .past), ("apologised", .message, .past),
        ("apologized", .message, .past), ("conveyed", .message, .past), ("cable", .message, .noun), ("telegram", .message, .noun),
        // demands
        ("urged", .demand, .past), ("urges", .demand, .present), ("urge", .demand, .base), ("urging", .demand, .ing),
        ("called on", .demand, .past), ("calls on", .demand, .present), ("call on", .demand, .base),
        ("calling on", .demand, .ing), ("call for", .demand, .noun), ("calls for", .demand, .present),
        ("called for", .demand, .past), ("demanded", .demand, .past), ("demands", .demand, .present),
        ("demand", .demand, .base), ("appealed to", .demand, .past), ("appeals to", .demand, .present),
        ("pressed", .demand, .past), ("implored", .demand, .past), ("exhorted", .demand, .past),
        // hosting and summits
        ("hosted", .host, .past), ("hosts", .host, .present), ("host", .host, .base), ("hosting", .host, .ing),
        ("attended", .summit, .past), ("attends", .summit, .present), ("attend", .summit, .base),
        ("attending", .summit, .ing), ("took part in", .summit, .past), ("takes part in", .summit, .present),
        ("take part in", .summit, .base), ("participated in", .summit, .past), ("joined", .summit, .past),
    ]

    static let matcher: PhraseMatcher<Int> = {
        var m = PhraseMatcher<Int>()
        for (i, e) in entries.enumerated() { m.add(e.0, i) }
        return m
    }()

    /// The first words of verb triggers ("met", "held", "signed"): a clause after "after"/"before" with one has a subject.
    static let verbKeys: TokenKeySet = {
        var keys: [TokenKey] = []
        for e in entries where e.2 != .noun {
            if let first = e.0.split(separator: " ").first { keys.append(TokenKey(String(first))) }
        }
        return TokenKeySet(keys)
    }()

    static func trigger(_ index: Int) -> Trigger {
        let e = entries[index]
        return Trigger(sense: e.1, form: e.2, name: e.0)
    }
}

import ParleyKnowledge
