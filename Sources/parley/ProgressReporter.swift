import Foundation

/// Ingest progress on standard error: a one-line bar redrawn with \r on a terminal, plain periodic lines otherwise.
struct ProgressReporter {
    let total: Int
    let isTerminal: Bool
    let start = ContinuousClock.now
    var lastDraw = ContinuousClock.now
    var interval: Duration
    var enabled: Bool

    init(total: Int, enabled: Bool = true, isTerminal: Bool = isatty(2) != 0) {
        self.total = total
        self.enabled = enabled
        self.isTerminal = isTerminal
        self.interval = isTerminal ? .milliseconds(100) : .seconds(5)
    }

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

    /// Reports `done` documents and `events` events found so far (throttled).
    mutating func update(done: Int, events: Int, force: Bool = false) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard force || now - lastDraw >= interval else { return }
        lastDraw = now
        write(line(done: done, events: events, elapsed: Self.seconds(now - start)))
    }

    func line(done: Int, events: Int, elapsed: Double) -> String {
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let remaining = rate > 0 ? Double(total - done) / rate : 0
        let eta = String(format: "%d:%02d", Int(remaining) / 60, Int(remaining) % 60)
        if isTerminal {
            let width = 30
            let filled = total > 0 ? min(width, done * width / total) : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            return "\r\(bar) \(done)/\(total) docs  \(Int(rate.rounded())) docs/s  \(events) events  ETA \(eta) "
        }
        return "ingest: \(done)/\(total) documents, \(Int(rate.rounded())) documents/s, \(events) events, ETA \(eta)\n"
    }

    /// Ends the bar (a newline on a terminal).
    func finish() {
        guard enabled, isTerminal else { return }
        write("\n")
    }

    func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}
