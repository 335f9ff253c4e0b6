import ArgumentParser
import Foundation
import ParleyExtraction
import ParleyFeeds
import ParleyFetch
import ParleyStore
import ParleyWatch

/// `parley watch SOURCE...`: poll RSS and Atom feeds and store their new articles.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Poll RSS/Atom feeds (addresses, OPML files or files of feed addresses) and store each new article's events.",
        discussion: """
            Each poll sends the feed's ETag and Last-Modified back (a 304 costs nothing), skips the items stored before (also \
            those stored from another feed), and fetches the rest with a per-host rate limit and concurrency cap and retries \
            with backoff on network errors and 5xx. State lives in the store, so a restart neither fetches an article twice \
            nor misses one. Every failure is one log line on standard error. Exit status 1 when a feed could not be polled.
            """)

    @Argument(help: "Feed addresses (http(s)://…), OPML files, or files with one feed address a line.")
    var sources: [String]

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Poll every feed once and exit (for cron).")
    var once = false

    @Option(help: "Time between two polls of a feed: seconds, or with a unit (90s, 15m, 1h).")
    var interval: String = "15m"

    @Option(help: "Article pages fetched at once, over all hosts.")
    var concurrency = 4

    @Option(name: .customLong("per-host"), help: "Requests to one host at once.")
    var perHost = 2

    @Option(name: .customLong("host-delay"), help: "Least time between two requests to one host, in milliseconds.")
    var hostDelay = 500

    @Option(help: "Time allowed for one request, in seconds.")
    var timeout = 30

    @Option(help: "Attempts per request on network errors and 5xx.")
    var attempts = 3

    @Flag(help: "Print no progress, only failures.")
    var quiet = false

    func validate() throws {
        guard Self.duration(interval) != nil else { throw ValidationError("--interval must be seconds or a number with s, m or h, e.g. --interval 15m") }
        guard concurrency >= 1, perHost >= 1, attempts >= 1, timeout >= 1, hostDelay >= 0 else {
            throw ValidationError("--concurrency, --per-host, --attempts and --timeout must be at least 1; --host-delay at least 0")
        }
    }

    /// "90", "90s", "15m", "1h" as a duration.
    static func duration(_ s: String) -> Duration? {
        let unit = s.last.map { $0.isLetter ? $0 : "s" } ?? "s"
        guard let n = Int(s.last?.isLetter == true ? String(s.dropLast()) : s), n > 0 else { return nil }
        switch unit {
        case "s": return .seconds(n)
        case "m": return .seconds(n * 60)
        case "h": return .seconds(n * 3600)
        default: return nil
        }
    }

    func run() async throws {
        let (feeds, sourceErrors) = SourceList.feeds(from: sources)
        let display = WatchDisplay(quiet: quiet)
        for e in sourceErrors { display.log("parley: \(e)") }
        guard !feeds.isEmpty else {
            display.log("parley: no feeds to watch; give feed addresses, an OPML file or a file of feed addresses")
            throw ExitCode(1)
        }
        let store = try await storeOptions.open()
        var fo = Fetcher.Options()
        fo.timeout = .seconds(timeout)
        fo.attempts = attempts
        fo.perHostConcurrency = perHost
        fo.perHostInterval = .milliseconds(hostDelay)
        fo.log = { line in display.log("parley: \(line)") }
        let fetcher = Fetcher(options: fo)
        var wo = FeedWatcher.Options()
        wo.interval = Self.duration(interval)!
        wo.concurrency = concurrency
        let watcher = FeedWatcher(store: store, fetcher: fetcher, extractor: try Extractor(), options: wo, reporter: display)
        let statuses = await watcher.run(feeds: feeds, once: once)
        display.finish()
        try? await fetcher.shutdown()
        try await store.close()
        let new = statuses.reduce(0) { $0 + $1.new }, failed = statuses.reduce(0) { $0 + $1.failed }
        let dups = statuses.reduce(0) { $0 + $1.duplicates }, seen = statuses.reduce(0) { $0 + $1.seen }
        let badFeeds = statuses.filter { $0.state.hasPrefix("failed") }.count
        if !quiet {
            FileHandle.standardError.write(Data("parley: \(feeds.count) feeds polled (\(badFeeds) failed); \(new) articles stored, \(dups) duplicates, \(seen) seen before, \(failed) failed\n".utf8))
        }
        if badFeeds > 0 || !sourceErrors.isEmpty { throw ExitCode(1) }
    }
}

/// Progress of `parley watch` on standard error: a table of feeds redrawn in place on a terminal, plain lines otherwise.
final class WatchDisplay: WatchReporter, @unchecked Sendable {
    let lock = NSLock()
    let isTerminal = isatty(2) != 0
    let quiet: Bool
    var order: [String] = []
    var statuses: [String: FeedStatus] = [:]
    var drawn = 0

    init(quiet: Bool) { self.quiet = quiet }

    func update(_ status: FeedStatus) {
        lock.withLock {
            if statuses[status.url] == nil { order.append(status.url) }
            let before = statuses[status.url]
            statuses[status.url] = status
            guard !quiet else { return }
            if isTerminal {
                redraw()
            } else if status.state != "polling" && status.state != "waiting" && before?.state == "polling" {
                write(Self.line(status) + "\n")
            }
        }
    }

    func log(_ line: String) {
        lock.withLock {
            if isTerminal && !quiet {
                clear()
                write(line + "\n")
                redraw()
            } else {
                write(line + "\n")
            }
        }
    }

    func finish() { lock.withLock { drawn = 0 } }

    static func line(_ s: FeedStatus) -> String {
        var l = "watch: \(s.url): \(s.state); \(s.new) new, \(s.seen) seen, \(s.duplicates) duplicate, \(s.failed) failed"
        if let next = s.nextPoll { l += "; next poll \(Self.time(next))" }
        return l
    }

    static func time(_ d: Date) -> String {
        let f = DateFormatter()
        f.dateFormat = "HH:mm:ss"
        return f.string(from: d)
    }

    func clear() {
        guard drawn > 0 else { return }
        write("\u{1B}[\(drawn)A" + String(repeating: "\u{1B}[2K\n", count: drawn) + "\u{1B}[\(drawn)A")
        drawn = 0
    }

    func redraw() {
        clear()
        let width = min(60, order.map(\.count).max() ?? 10)
        var out = "feed" + String(repeating: " ", count: max(0, width - 4)) + "  new  seen  dup  failed  state\n"
        for url in order {
            guard let s = statuses[url] else { continue }
            let name = url.count > width ? "…" + url.suffix(width - 1) : url + String(repeating: " ", count: width - url.count)
            var state = s.state
            if let next = s.nextPoll, s.state != "polling" { state += ", next \(Self.time(next))" }
            out += "\(name)  \(pad(s.new, 3))  \(pad(s.seen, 4))  \(pad(s.duplicates, 3))  \(pad(s.failed, 6))  \(state)\n"
        }
        write(out)
        drawn = order.count + 1
    }

    func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: " ", count: max(0, w - s.count)) + s }

    func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}
