import ParleyText

/// Word lists that decide modality (negated, speculative, planned), clause structure and topics.
enum Cues {
    static func keys(_ words: [String]) -> TokenKeySet { TokenKeySet(words: words) }

    static let negation = keys(["not", "n't", "never", "no", "without", "neither", "nor", "declined", "refused", "failed",
                                "denied", "cancelled", "canceled", "called off", "scrapped", "postponed", "snubbed", "dismissed",
                                "ruled", "rejected"])
    static let speculation = keys(["likely", "unlikely", "probably", "could", "might", "possible", "possibly", "perhaps", "opportunity",
                                   "if", "rumoured", "rumored", "speculation", "speculated", "considering", "mulling",
                                   "weighing", "hopes", "hoped", "hope", "hoping", "wants", "want", "wanted", "seeking",
                                   "seeks", "sought", "try", "tried", "attempt", "may", "should", "would", "proposed", "offered",
                                   "ready", "willing", "whether", "chance", "prospect", "potential", "unless", "reportedly", "rumours",
                                   "rumors"])
    static let planned = keys(["will", "'ll", "shall", "scheduled", "due", "expected", "plans", "planned", "planning", "upcoming",
                               "intends", "set", "slated", "to be held", "is to", "are to", "forthcoming", "next", "later",
                               "preparing", "prepares", "preparations", "preparation"])
    static let reportedFuture = keys(["said", "says", "announced", "confirmed", "stated", "told"])
    static let countWords = keys(["several", "many", "numerous", "multiple", "dozens", "two", "three", "four", "five", "six",
                                  "seven", "eight", "nine", "ten", "twice", "second", "third", "fourth", "fifth", "more",
                                  "series", "frequent", "regular", "repeated", "countless", "few", "20", "dozen"])
    /// Words that open a clause: the next actor is a subject.
    static let clauseOpeners = keys(["and", "but", "who", "which", "where", "when", "as", "while", "after", "then", "that",
                                     "before", "since", "because", "although", "though", "whereas", "so", "also", "later",
                                     "earlier", "meanwhile", "separately", "subsequently", "yet"])
    static let prepositions: TokenKeyMap<Attachment> = {
        var m = TokenKeyMap<Attachment>()
        for (w, a) in [("with", Attachment.with), ("between", .between), ("to", .to), ("by", .by), ("from", .from),
                       ("of", .of), ("in", .place), ("at", .place), ("near", .place), ("into", .to), ("outside", .place),
                       ("across", .place), ("for", .other), ("about", .other), ("on", .other), ("against", .other),
                       ("over", .other), ("like", .other), ("including", .other), ("among", .other), ("amid", .other),
                       ("toward", .to), ("towards", .to), ("than", .other), ("regarding", .other), ("concerning", .other),
                       ("beyond", .other), ("via", .other), ("through", .other), ("under", .other), ("within", .other),
                       ("throughout", .place), ("around", .place), ("inside", .place), ("via", .other), ("upon", .other),
                       ("and", .none), ("behind", .other), ("despite", .other), ("after", .other), ("before", .other)] {
            m[TokenKey(w)] = a
        }
        return m
    }()

    static let topicWords: [(String, String)] = [
        ("security", "security"), ("stability", "security"), ("terrorism", "counterterrorism"), ("terrorist", "counterterrorism"),
        ("jihadist", "counterterrorism"), ("jihadists", "counterterrorism"), ("insurgency", "counterterrorism"),
        ("extremism", "counterterrorism"), ("counterterrorism", "counterterrorism"), ("militant", "counterterrorism"),
        ("defence", "defence"), ("defense", "defence"), ("military", "defence"), ("weapons", "defence"), ("arms", "defence"),
        ("army", "defence"), ("troops", "defence"), ("munitions", "defence"), ("missiles", "defence"),
        ("trade", "trade"), ("tariffs", "trade"), ("tariff", "trade"), ("exports", "trade"), ("imports", "trade"),
        ("economic", "economy"), ("economy", "economy"), ("investment", "economy"), ("investments", "economy"),
        ("finance", "economy"), ("financial", "economy"), ("sanctions", "economy"), ("energy", "energy"), ("oil", "energy"),
        ("gas", "energy"), ("pipeline", "energy"), ("electricity", "energy"), ("nuclear", "nuclear"),
        ("ceasefire", "peace_process"), ("peace", "peace_process"), ("truce", "peace_process"), ("de-escalate", "peace_process"),
        ("humanitarian", "humanitarian"), ("aid", "humanitarian"), ("grain", "humanitarian"), ("food", "humanitarian"),
        ("culture", "culture"), ("cultural", "culture"), ("tourism", "tourism"), ("tourists", "tourism"),
        ("technology", "technology"), ("technologies", "technology"), ("digital", "technology"), ("space", "technology"),
        ("health", "health"), ("pandemic", "health"), ("vaccine", "health"), ("vaccines", "health"), ("medical", "health"),
        ("migration", "migration"), ("migrants", "migration"), ("refugees", "migration"), ("climate", "climate"),
    ]
    static let topics: TokenKeyMap<String> = {
        var m = TokenKeyMap<String>()
        for (w, t) in topicWords { m[TokenKey(w)] = t }
        return m
    }()
    static let occasionHeads = keys(["summit", "forum", "conference", "ceremony", "parade", "celebrations", "assembly",
                                     "congress", "games", "olympics", "inauguration", "funeral", "expo", "meeting", "session"])
}

/// How a group of actors hangs on the rest of its clause: the preposition before it, if any.
enum Attachment: Sendable, Hashable { case none, with, between, to, by, from, of, place, other }
