import Foundation
import ParleyExtraction
import ParleyFeeds
import ParleyFetch
import ParleyStore

/// Polls RSS and Atom feeds, fetches the pages of new items and stores them (extracting their events), keeping its
/// state in the store so that a restart neither fetches an item again nor misses one.
///
/// Per poll: a conditional GET of the feed (`If-None-Match`, `If-Modified-Since`); every item whose key was stored
/// before, or whose link was stored from another feed, is skipped without a request; the others are fetched (per-host
/// rate limit, concurrency cap and retries are the `Fetcher`'s), read as web pages and ingested, one transaction each,
/// and their outcome recorded at once. The feed's validators are saved only after its items, so a poll cut short is
/// repeated in full. A failed item is retried on later polls up to `Options.maxItemAttempts` times.
public final class FeedWatcher: Sendable {
    /// How the watcher behaves.
    public struct Options: Sendable {
        /// Time between two polls of one feed.
        public var interval: Duration = .seconds(900)
        /// Attempts (over successive polls) before a failing item is given up.
        public var maxItemAttempts = 3
        /// Item pages fetched and ingested at once, over all hosts.
        public var concurrency = 4
        /// Feeds polled at once.
        public var feedConcurrency = 4
        public init() {}
    }

    let store: any EventStore
    let fetcher: Fetcher
    let extractor: Extractor
    let options: Options
    let reporter: any WatchReporter
    let claims = LinkClaims()

    /// A watcher storing into `store`, fetching with `fetcher`, reporting to `reporter`.
    public init(store: any EventStore, fetcher: Fetcher, extractor: Extractor, options: Options = Options(), reporter: any WatchReporter) {
        self.store = store; self.fetcher = fetcher; self.extractor = extractor; self.options = options; self.reporter = reporter
    }

    /// Polls every feed once (`once`), or keeps polling each on the interval until the task is cancelled.
    /// Returns the last status of each feed.
    public func run(feeds: [String], once: Bool) async -> [FeedStatus] {
        var statuses = Dictionary(uniqueKeysWithValues: feeds.map { ($0, FeedStatus(url: $0)) })
        var due = Dictionary(uniqueKeysWithValues: feeds.map { ($0, ContinuousClock.now) })
        for f in feeds { reporter.update(statuses[f]!) }
        while !Task.isCancelled {
            let now = ContinuousClock.now
            let ready = feeds.filter { due[$0]! <= now }
            var index = 0
            await withTaskGroup(of: FeedStatus.self) { group in
                func startNext() {
                    guard index < ready.count else { return }
                    let url = ready[index]
                    let previous = statuses[url]!
                    index += 1
                    group.addTask { await self.poll(url, previous: previous) }
                }
                for _ in 0..<options.feedConcurrency { startNext() }
                for await s in group {
                    var s = s
                    due[s.url] = ContinuousClock.now + options.interval
                    s.nextPoll = once ? nil : Date().addingTimeInterval(Self.seconds(options.interval))
                    statuses[s.url] = s
                    reporter.update(s)
                    startNext()
                }
            }
            if once { break }
            let next = due.values.min() ?? ContinuousClock.now + options.interval
            try? await Task.sleep(until: next, clock: .continuous)
        }
        return feeds.map { statuses[$0]! }
    }

    /// Polls one feed: fetches it (conditionally), then fetches and stores its new items (and retries the failed
    /// ones, also when the feed has not changed).
    public func poll(_ url: String, previous: FeedStatus? = nil) async -> FeedStatus {
        var status = previous ?? FeedStatus(url: url)
        status.new = 0; status.failed = 0; status.duplicates = 0; status.seen = 0
        status.state = "polling"
        reporter.update(status)
        var state: FeedState
        var known: [String: FeedItemRecord] = [:]
        do {
            state = try await store.feed(url) ?? FeedState(url: url)
            for r in try await store.feedItems(url) { known[r.key] = r }
        } catch {
            status.state = "failed: store"
            reporter.log("watch: \(url): cannot read the feed's state: \(error)")
            return status
        }
        state.lastPolledAt = Self.timestamp()
        let response: FetchResponse
        do {
            response = try await fetcher.fetch(url, etag: state.etag, lastModified: state.lastModified)
        } catch {
            state.consecutiveFailures += 1
            state.lastStatus = "failed: \(error)"
            await save(state)
            status.state = "failed: \((error as? FetchError)?.code.rawValue ?? "error")"
            reporter.log("watch: \(url): feed fetch failed: \(Self.describe(error))")
            return status
        }
        if response.notModified {
            // the feed is as before: only the failed items that are not given up are tried again
            let retry = known.values.filter { $0.state == .failed && $0.attempts < options.maxItemAttempts }.sorted { $0.updatedAt < $1.updatedAt }
            status.seen = known.count - retry.count
            await process(retry.map { FeedItem(key: $0.key, link: $0.link, title: nil, published: nil) }, feed: url, known: known, status: &status)
            state.consecutiveFailures = 0
            state.lastStatus = "304"
            await save(state)
            status.state = status.failed > 0 ? "304 not modified, \(status.failed) failed" : "304 not modified"
            return status
        }
        let feed: Feed
        do {
            feed = try FeedParser.parse(response.body, url: response.url)
        } catch {
            state.consecutiveFailures += 1
            state.lastStatus = "failed: \(error)"
            await save(state)
            status.state = "failed: \((error as? FeedError)?.code.rawValue ?? "error")"
            reporter.log("watch: \(url): feed unreadable: \(error)")
            return status
        }
        if !feed.wellFormed {
            reporter.log("watch: \(url): the feed is not well-formed XML; read the \(feed.items.count) items libxml2 recovered [feed.malformed]")
        }
        status.title = feed.title
        state.title = feed.title
        // the feed's row first (items refer to it), with the old validators
        await save(state)
        await process(feed.items, feed: url, known: known, status: &status)
        // validators last: a poll cut short is repeated in full
        state.etag = response.etag
        state.lastModified = response.lastModified
        state.lastStatus = String(response.status)
        state.consecutiveFailures = 0
        await save(state)
        status.state = status.failed > 0 ? "\(response.status), \(status.failed) failed" : String(response.status)
        return status
    }

    func save(_ state: FeedState) async {
        do { try await store.saveFeed(state) } catch { reporter.log("watch: \(state.url): cannot save the feed's state: \(error)") }
    }

    /// Skips the items handled before, records links stored from other feeds as duplicates, and fetches and stores
    /// the rest, a few at a time.
    func process(_ items: [FeedItem], feed url: String, known: [String: FeedItemRecord], status: inout FeedStatus) async {
        var todo: [(FeedItem, FeedItemRecord?)] = []
        var links = Set<String>()
        for item in items {
            if let r = known[item.key], r.state != .failed || r.attempts >= options.maxItemAttempts { status.seen += 1; continue }
            guard links.insert(item.link).inserted else { status.seen += 1; continue }
            if known[item.key] == nil, let other = try? await store.item(link: item.link), other.state != .failed {
                // the same article from another feed: recorded, not fetched again
                do {
                    try await store.saveItem(FeedItemRecord(feedURL: url, key: item.key, link: item.link, state: .duplicate,
                                                            documentID: other.documentID, attempts: 0, updatedAt: Self.timestamp()))
                } catch { reporter.log("watch: \(url): cannot record item \(item.link): \(error)") }
                status.duplicates += 1
                continue
            }
            todo.append((item, known[item.key]))
        }
        var index = 0
        var current = status
        await withTaskGroup(of: FeedItemState.self) { group in
            func startNext() {
                guard index < todo.count else { return }
                let (item, record) = todo[index]
                index += 1
                group.addTask { await self.claimAndIngest(item, feed: url, previous: record) }
            }
            for _ in 0..<options.concurrency { startNext() }
            for await outcome in group {
                switch outcome {
                case .ingested: current.new += 1
                case .duplicate: current.duplicates += 1
                case .failed: current.failed += 1
                }
                reporter.update(current)
                startNext()
            }
        }
        status = current
    }

    /// Ingests an item unless another feed polled at the same time is fetching the same link; then waits for that
    /// fetch and records the item as its duplicate (or as failed with it).
    func claimAndIngest(_ item: FeedItem, feed: String, previous: FeedItemRecord?) async -> FeedItemState {
        let (task, mine) = await claims.claim(item.link) {
            // stored meanwhile by another feed's fetch that has finished: not fetched again
            if previous == nil, let other = try? await self.store.item(link: item.link), other.state != .failed {
                do {
                    try await self.store.saveItem(FeedItemRecord(feedURL: feed, key: item.key, link: item.link, state: .duplicate,
                                                                 documentID: other.documentID, attempts: 0, updatedAt: Self.timestamp()))
                } catch { self.reporter.log("watch: \(feed): cannot record item \(item.link): \(error)") }
                return (.duplicate, other.documentID)
            }
            return await self.ingest(item, feed: feed, previous: previous)
        }
        let (state, document) = await task.value
        if mine {
            // recorded in the store now: later polls find it there
            await claims.release(item.link)
            return state
        }
        let outcome: FeedItemState = state == .failed ? .failed : .duplicate
        do {
            try await store.saveItem(FeedItemRecord(feedURL: feed, key: item.key, link: item.link, state: outcome, documentID: document,
                                                    attempts: (previous?.attempts ?? 0) + (outcome == .failed ? 1 : 0),
                                                    lastError: outcome == .failed ? "failed in another feed's fetch" : nil, updatedAt: Self.timestamp()))
        } catch { reporter.log("watch: \(feed): cannot record item \(item.link): \(error)") }
        return outcome
    }

    /// Fetches, reads and stores one item, and records the outcome.
    func ingest(_ item: FeedItem, feed: String, previous: FeedItemRecord?) async -> (FeedItemState, String?) {
        let attempts = (previous?.attempts ?? 0) + 1
        func record(_ state: FeedItemState, document: String? = nil, error: String? = nil) async {
            do {
                try await store.saveItem(FeedItemRecord(feedURL: feed, key: item.key, link: item.link, state: state, documentID: document,
                                                        attempts: attempts, lastError: error, updatedAt: Self.timestamp()))
            } catch {
                reporter.log("watch: \(feed): cannot record item \(item.link): \(error)")
            }
        }
        do {
            let page = try await fetcher.fetch(item.link)
            var doc = try DocumentReader(defaultDate: item.published).page(page.body, id: page.url, location: page.url, contentType: page.contentType)
            if let canonical = doc.page?.canonicalURL { doc.id = canonical }
            if doc.date == nil { doc.date = item.published }
            let result = extractor.extract(doc)
            let stored = StoredDocument(doc, published: result.publicationDate, eventCount: result.events.count)
            switch try await store.ingest(stored, events: result.events) {
            case .added, .replaced:
                await record(.ingested, document: doc.id)
                return (.ingested, doc.id)
            case .unchanged:
                await record(.duplicate, document: doc.id)
                return (.duplicate, doc.id)
            case .duplicate(let other):
                await record(.duplicate, document: other)
                return (.duplicate, other)
            }
        } catch {
            let giveUp = attempts >= options.maxItemAttempts
            reporter.log("watch: \(feed): item \(item.link) failed (attempt \(attempts) of \(options.maxItemAttempts)\(giveUp ? ", given up" : "")): \(Self.describe(error))")
            await record(.failed, error: String(describing: error))
            return (.failed, nil)
        }
    }

    /// An error without the address the log line already names.
    static func describe(_ error: Error) -> String {
        switch error {
        case let e as FetchError: "\(e.message)\(e.attempts > 1 ? " (\(e.attempts) attempts)" : "") [\(e.code.rawValue)]"
        case let e as InputError: "\(e.message) [\(e.code.rawValue)]"
        default: String(describing: error)
        }
    }

    static func timestamp() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: Date())
    }

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
}

/// The links being fetched in this process, so that two feeds polled at once do not fetch one article twice.
actor LinkClaims {
    var tasks: [String: Task<(FeedItemState, String?), Never>] = [:]

    /// The task fetching `link`: a new one running `body` (and true), or the one already running (and false).
    func claim(_ link: String, _ body: @escaping @Sendable () async -> (FeedItemState, String?)) -> (Task<(FeedItemState, String?), Never>, Bool) {
        if let t = tasks[link] { return (t, false) }
        let t = Task { await body() }
        tasks[link] = t
        return (t, true)
    }

    /// Forgets a finished fetch.
    func release(_ link: String) { tasks[link] = nil }
}
