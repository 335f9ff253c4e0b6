import ParleyStore

/// The current `EventIndex` of a store: built on first use, and rebuilt when the store's counts change (checked
/// at most every `recheck`), or at once after this server ingests documents. Requests are answered from the
/// index in hand while a rebuild runs.
public actor IndexCache {
    let store: any EventStore
    let directory: ActorDirectory
    let recheck: Duration
    var index: EventIndex?
    var checked = ContinuousClock.now
    var rebuilding: Task<EventIndex, Error>?

    public init(store: any EventStore, directory: ActorDirectory, recheck: Duration = .seconds(2)) {
        self.store = store
        self.directory = directory
        self.recheck = recheck
    }

    /// The index, as fresh as the last check.
    public func current() async throws -> EventIndex {
        if let index {
            if ContinuousClock.now - checked >= recheck, rebuilding == nil {
                checked = .now
                let stats = try await store.statistics()
                if stats != index.statistics { startRebuild() }
            }
            return index
        }
        return try await (rebuilding ?? startRebuild()).value
    }

    /// Builds the index now, after any build under way (which may have read the store before a change), and
    /// returns it. Called after this server ingests documents.
    @discardableResult
    public func rebuild() async throws -> EventIndex {
        if let running = rebuilding { _ = try? await running.value }
        return try await startRebuild().value
    }

    @discardableResult
    func startRebuild() -> Task<EventIndex, Error> {
        let store = self.store, directory = self.directory
        let task = Task { try await EventIndex.load(from: store, directory: directory) }
        rebuilding = task
        Task { await self.finish(task) }
        return task
    }

    func finish(_ task: Task<EventIndex, Error>) async {
        if let built = try? await task.value { index = built }
        if rebuilding == task { rebuilding = nil }
        checked = .now
    }
}
