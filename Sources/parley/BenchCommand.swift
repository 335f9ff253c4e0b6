import ArgumentParser
import Foundation
import ParleyExtraction
import ParleyKnowledge

/// `parley bench`: extraction throughput on a generated corpus, one core.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure extraction throughput (MB/s, documents/s) and knowledge-base load time on one core.")

    @Option(help: "Size of the generated corpus in megabytes.")
    var megabytes: Int = 20

    @Option(help: "Seed of the corpus generator.")
    var seed: UInt64 = 42

    func run() throws {
        let clock = ContinuousClock()
        var kb: KnowledgeBase? = nil
        let before = residentMemoryMB()
        let loadTime = try clock.measure { kb = try KnowledgeBase() }
        let kbMemory = peakMemoryMB() - before
        let extractor = Extractor(kb: kb!)
        var generator = CorpusGenerator(kb: kb!, seed: seed)
        let docs = generator.corpus(bytes: megabytes << 20)
        let total = docs.reduce(0) { $0 + $1.text.utf8.count }
        var events = 0
        // warm-up
        for d in docs.prefix(50) { events += extractor.extract(d).events.count }
        events = 0
        let t = clock.measure { for d in docs { events += extractor.extract(d).events.count } }
        let seconds = Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
        let loadMs = (Double(loadTime.components.seconds) + Double(loadTime.components.attoseconds) / 1e18) * 1000
        print(String(format: "knowledge base: loaded in %.1f ms, %d MB (%d states, %d organisations, %d people, %d trie nodes)",
                     loadMs, kbMemory, kb!.states.count, kb!.organisations.count, kb!.people.count, kb!.matcher.nodeCount))
        print(String(format: "corpus: %d documents, %.1f MB (generated, seed %llu)", docs.count, Double(total) / 1_048_576, seed))
        print(String(format: "extraction: %.2f s, %.2f MB/s, %.0f documents/s, %d events (one core)",
                     seconds, Double(total) / 1_048_576 / seconds, Double(docs.count) / seconds, events))
        print("peak memory: \(peakMemoryMB()) MB")
    }

    /// The process's peak resident memory so far (VmHWM), in MB.
    func peakMemoryMB() -> Int { statusMB("VmHWM:") }
    /// The process's resident memory now (VmRSS), in MB.
    func residentMemoryMB() -> Int { statusMB("VmRSS:") }

    func statusMB(_ field: String) -> Int {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
        for line in s.split(separator: "\n") where line.hasPrefix(field) {
            let n = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return n / 1024
        }
        return -1
    }
}

/// Generates realistic-looking diplomatic news articles from templates and the knowledge base.
struct CorpusGenerator {
    let kb: KnowledgeBase
    var state: UInt64

    init(kb: KnowledgeBase, seed: UInt64) { self.kb = kb; self.state = seed &+ 0x9E3779B97F4A7C15 }

    mutating func next() -> UInt64 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return state
    }
    mutating func pick<T>(_ a: [T]) -> T { a[Int(next() % UInt64(a.count))] }

    mutating func corpus(bytes: Int) -> [InputDocument] {
        let leaders = kb.people.filter { p in p.terms.contains { $0.end == nil && ($0.role == .headOfState || $0.role == .headOfGovernment) } }
        let states = kb.states
        var docs: [InputDocument] = []
        var size = 0
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let fillers = [
            "Analysts said the talks reflected a broader effort to diversify partnerships beyond traditional allies.",
            "The two sides discussed trade, energy and security cooperation, according to a statement from the presidency.",
            "Officials did not give details of any financial commitments made during the discussions.",
            "The ministry said further consultations would take place at the level of experts in the coming months.",
            "Markets reacted calmly to the news, with the currency little changed against the dollar on the day.",
            "Critics at home accused the government of neglecting domestic problems while pursuing foreign ambitions.",
        ]
        var n = 0
        while size < bytes {
            n += 1
            let a = pick(leaders), b = pick(leaders)
            let sa = kb.state(code: a.terms.last!.code) ?? pick(states)
            let sb = kb.state(code: b.terms.last!.code) ?? pick(states)
            let c = pick(states)
            var text = "date 2024-0\(1 + Int(next() % 9))-1\(Int(next() % 9))\n"
            text += "\(sa.name) and \(sb.name) pledge closer ties\n"
            text += "\(sa.adjectives.first ?? sa.name) leader \(a.name) held talks with \(b.name) in \(sb.capital) on \(pick(days)), "
            text += "the first visit by a \(sa.adjectives.first ?? sa.name) head of state in years.\n"
            for _ in 0..<3 { text += pick(fillers) + " " }
            text += "\n\(a.name) also spoke by phone with the president of \(c.name) last week about energy and grain supplies.\n"
            text += "The two leaders signed an agreement on nuclear energy cooperation and a memorandum on trade, officials said.\n"
            for _ in 0..<4 { text += pick(fillers) + " " }
            text += "\n\(b.name) invited \(a.name) to attend a summit in \(sb.capital) next year, and \(a.name) urged \(c.name) to respect the ceasefire.\n"
            size += text.utf8.count
            docs.append(InputDocument(id: "gen-\(n)", text: text))
        }
        return docs
    }
}
