import Foundation
import ParleyKnowledge
@testable import ParleyExtraction

/// One extractor for all tests, over the bundled data files.
let sharedExtractor: Extractor = {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ParleyKnowledge/Resources")
    return Extractor(kb: try! KnowledgeBase(directory: dir))
}()

/// Extracts `text` and renders each event as "type:CODE,CODE" (sources first with →) for compact assertions.
func events(_ text: String, date: String? = nil) -> [String] {
    sharedExtractor.extract(InputDocument(id: "t", text: text, date: date)).events.map(render).sorted()
}

func render(_ e: Event) -> String {
    if e.type.isDirected {
        return "\(e.type.rawValue):\(e.sourceCodes.joined(separator: ","))→\(e.participants.filter { $0.side == .target }.map(\.code).sorted().joined(separator: ","))"
    }
    return "\(e.type.rawValue):\(e.codes.joined(separator: ","))"
}
