import ParleyKnowledge

/// Names, kinds and coordinates of actor codes and places, from the knowledge base, for the API and the map.
public struct ActorDirectory: Sendable {
    /// What an actor code stands for.
    public enum Kind: String, Sendable { case state, organisation, group, unknown }

    let kb: KnowledgeBase
    /// Lower-cased place names (places, their aliases, and capitals) to coordinates.
    let placeCoordinates: [String: (lat: Double, lon: Double)]

    public init(kb: KnowledgeBase) {
        self.kb = kb
        var coordinates: [String: (lat: Double, lon: Double)] = [:]
        for s in kb.states {
            if let lat = s.latitude, let lon = s.longitude { coordinates[s.capital.lowercased()] = (lat, lon) }
        }
        for p in kb.places {
            guard let lat = p.latitude, let lon = p.longitude else { continue }
            for n in [p.name] + p.aliases { coordinates[n.lowercased()] = (lat, lon) }
        }
        placeCoordinates = coordinates
    }

    public func name(_ code: String) -> String {
        if code.hasPrefix("NSA_"), kb.organisation(code: code) == nil {
            return code.dropFirst(4).split(separator: "_").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        }
        return kb.name(ofCode: code)
    }

    public func kind(_ code: String) -> Kind {
        if code.hasPrefix("NSA_") { return .group }
        if kb.state(code: code) != nil { return .state }
        if kb.organisation(code: code) != nil { return .organisation }
        return .unknown
    }

    /// A state's capital (the point the map and graph place it at); nil for organisations and groups.
    public func coordinates(ofActor code: String) -> (lat: Double, lon: Double)? {
        guard let s = kb.state(code: code), let lat = s.latitude, let lon = s.longitude else { return nil }
        return (lat, lon)
    }

    /// A place's coordinates by name, else those of the state it lies in when the name is the state itself.
    public func coordinates(ofPlace name: String, code: String?) -> (lat: Double, lon: Double)? {
        if let c = placeCoordinates[name.lowercased()] { return c }
        if let code, let s = kb.state(code: code), s.name.lowercased() == name.lowercased() { return coordinates(ofActor: code) }
        return nil
    }
}
