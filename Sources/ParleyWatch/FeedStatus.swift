import Foundation

/// How one feed stands: what its last poll found, and when the next one is due.
public struct FeedStatus: Sendable, Hashable {
    public var url: String
    public var title: String?
    /// Items stored by this run.
    public var new = 0
    /// Items skipped because they were handled before (stored, duplicate, or given up).
    public var seen = 0
    /// Items that failed in this run (they are retried on later polls, up to a limit).
    public var failed = 0
    /// Items whose article was already stored under another item or feed.
    public var duplicates = 0
    /// The last poll's outcome ("200", "304 not modified", "failed: …"), or "polling" while one runs.
    public var state = "waiting"
    /// When the next poll is due, if there is one.
    public var nextPoll: Date?

    public init(url: String) { self.url = url }
}

/// Receives the watcher's progress: per-feed status and one log line per failure.
public protocol WatchReporter: Sendable {
    /// A feed's status changed.
    func update(_ status: FeedStatus)
    /// A line for the log (failures, retries given up, feeds that cannot be read).
    func log(_ line: String)
}
