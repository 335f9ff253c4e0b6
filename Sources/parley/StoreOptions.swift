import ArgumentParser
import ParleyStore
import ParleyStorePostgres
import ParleyStoreSQLite

/// `--store`: where the event store lives. The only place a store implementation is chosen.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "An SQLite file (default parley.sqlite) or a postgres://USER:PASSWORD@HOST:PORT/DATABASE URL.")
    var store: String = "parley.sqlite"

    /// Opens the store named by `--store`.
    func open() async throws -> any EventStore { try await Self.open(store) }

    /// Opens the store at a location: a `postgres://` URL or an SQLite file path.
    static func open(_ location: String) async throws -> any EventStore {
        if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
            return try await PostgresEventStore(url: location)
        }
        return try SQLiteEventStore(path: location)
    }
}
