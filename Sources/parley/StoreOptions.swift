import ArgumentParser
import ParleyStore
import ParleyStorePostgres
import ParleyStoreSQLite

/// `--store`: where the event store lives. The only place a store implementation is chosen.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "An SQLite file (default parley.sqlite) or a postgres://USER:PASSWORD@HOST:PORT/DATABASE URL.")
    var store: String = "parley.sqlite"

    /// Opens the store named by `--store`.
    func open() async throws -> any EventStore {
        if store.hasPrefix("postgres://") || store.hasPrefix("postgresql://") {
            return try await PostgresEventStore(url: store)
        }
        return try SQLiteEventStore(path: store)
    }
}
