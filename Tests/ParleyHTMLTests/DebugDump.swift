import Foundation
import Testing
@testable import ParleyHTML

/// A tool, not a check: PARLEY_DEBUG_PAGE=page.html swift test --filter debugDump prints the blocks and the chosen body.
@Test("dumps a page's blocks and chosen body when PARLEY_DEBUG_PAGE names a file", .enabled(if: ProcessInfo.processInfo.environment["PARLEY_DEBUG_PAGE"] != nil))
func debugDump() throws {
    let path = ProcessInfo.processInfo.environment["PARLEY_DEBUG_PAGE"]!
    let raw = [UInt8](FileManager.default.contents(atPath: path)!)
    let d = try Charset.decode(raw)
    let tree = try HTMLTree.parse(utf8: d.utf8, url: nil)
    let m = MainTextExtractor(tree: tree)
    for b in m.blocks { print("BLOCK owner=\(b.owner) \(tree.nodes[b.owner].tag).\(tree.nodes[b.owner].attribute("class") ?? "") pruned=\(m.pruned[b.owner]) ld=\(b.linkDensity): \(b.text.prefix(60))") }
    print("ROOTS", m.bodyRoots().map { "\($0) \(tree.nodes[$0].tag).\(tree.nodes[$0].attribute("class") ?? "")" })
}
