// Public builders of the event model, for modules that build events outside extraction (the store, tests).
// (The memberwise initialisers are internal; these are their public counterparts.)

extension Event {
    /// An event with every field given.
    public static func make(id: String, type: EventType, status: EventStatus, participants: [Participant], date: EventDate?,
                            location: EventLocation?, occasion: String?, topics: [String], evidence: [Evidence], confidence: Double) -> Event {
        Event(id: id, type: type, status: status, participants: participants, date: date, location: location, occasion: occasion,
              topics: topics, evidence: evidence, confidence: confidence)
    }
}

extension EventDate {
    /// A day range and the words it came from.
    public static func make(start: String, end: String, text: String) -> EventDate { EventDate(start: start, end: end, text: text) }
}

extension EventLocation {
    /// A place and its state's code.
    public static func make(name: String, code: String) -> EventLocation { EventLocation(name: name, code: code) }
}

extension Evidence {
    /// A slice of a document, with offsets in Unicode code points.
    public static func make(doc: String, start: Int, end: Int, text: String) -> Evidence { Evidence(doc: doc, start: start, end: end, text: text) }
}
