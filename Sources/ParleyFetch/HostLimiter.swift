/// Politeness per host: at most `concurrency` requests at once to one host, and request starts at least `interval`
/// apart. Waiters are served in order.
actor HostLimiter {
    let concurrency: Int
    let interval: Duration
    var active: [String: Int] = [:]
    var nextStart: [String: ContinuousClock.Instant] = [:]
    var waiters: [String: [CheckedContinuation<Void, Never>]] = [:]

    init(concurrency: Int, interval: Duration) {
        self.concurrency = max(1, concurrency)
        self.interval = interval
    }

    /// Waits for a slot for `host`; pair with `release`.
    func acquire(_ host: String) async {
        while active[host, default: 0] >= concurrency {
            await withCheckedContinuation { waiters[host, default: []].append($0) }
        }
        active[host, default: 0] += 1
        let now = ContinuousClock.now
        let start = max(now, nextStart[host] ?? now)
        nextStart[host] = start + interval
        if start > now { try? await Task.sleep(until: start, clock: .continuous) }
    }

    /// Frees the slot taken by `acquire`.
    func release(_ host: String) {
        active[host, default: 1] -= 1
        if var w = waiters[host], !w.isEmpty {
            let next = w.removeFirst()
            waiters[host] = w
            next.resume()
        }
    }
}
