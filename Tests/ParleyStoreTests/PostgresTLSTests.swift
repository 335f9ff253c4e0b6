import Foundation
import Testing
import ParleyStore
import ParleyStorePostgres

/// `postgres://` URLs carry libpq's `sslmode` and `sslrootcert`; connections are encrypted and verified as they say.
@Suite("PostgreSQL TLS")
struct PostgresTLSTests {
    /// The certificate authority that signed the test server's certificate (`.ci/run` makes one and sets it).
    static let authority: String? = ProcessInfo.processInfo.environment["PARLEY_TEST_POSTGRES_CA"].flatMap { $0.isEmpty ? nil : $0 }
    static let serverMissing = Backend.postgresURL == nil || authority == nil

    /// The test server's URL with `localhost` as host (the name in its certificate) and the given parameters.
    static func url(_ parameters: String) -> String {
        var c = URLComponents(string: Backend.postgresURL!)!
        c.host = "localhost"
        return c.string! + "?" + parameters
    }

    @Test("sslmode defaults to prefer, as in libpq, and every libpq mode is read", arguments: [
        ("", PostgresLocation.TLSMode.prefer), ("?sslmode=disable", .disable), ("?sslmode=allow", .prefer), ("?sslmode=prefer", .prefer),
        ("?sslmode=require", .require), ("?sslmode=verify-ca", .verifyCA), ("?sslmode=verify-full", .verifyFull),
    ])
    func readsModes(_ query: String, _ mode: PostgresLocation.TLSMode) throws {
        let l = try PostgresLocation(url: "postgres://u:p@db.example.org:6543/events" + query)
        #expect(l.tlsMode == mode)
        #expect(l.host == "db.example.org" && l.port == 6543 && l.username == "u" && l.password == "p" && l.database == "events")
    }

    @Test("an unknown sslmode, an unknown parameter or an unreadable sslrootcert is refused with a way out", arguments: [
        ("postgres://u@h/db?sslmode=maybe", "disable, allow, prefer"),
        ("postgres://u@h/db?application_name=x", "use sslmode and sslrootcert"),
        ("postgres://u@h/db?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem", "cannot be read"),
        ("mysql://u@h/db", "postgres://USER:PASSWORD@HOST:PORT/DATABASE"),
    ])
    func refusesBadParameters(_ url: String, _ advice: String) throws {
        let error = try #require(throws: StoreError.self) { try PostgresLocation(url: url) }
        #expect(error.code == .badLocation)
        #expect(error.message.contains(advice))
    }

    @Test("verify-full with a trusted authority connects over TLS", .disabled(if: serverMissing, "needs PARLEY_TEST_POSTGRES_URL and PARLEY_TEST_POSTGRES_CA (.ci/run sets both)"))
    func verifiedConnection() async throws {
        let store = try await PostgresEventStore(url: Self.url("sslmode=verify-full&sslrootcert=\(Self.authority!)"))
        #expect(try await store.connectionUsesTLS())
        _ = try await store.statistics()
        try await store.close()
    }

    @Test("require encrypts without verifying; disable does not encrypt", .disabled(if: serverMissing, "needs a PostgreSQL server with TLS (.ci/run)"))
    func requireAndDisable() async throws {
        let required = try await PostgresEventStore(url: Self.url("sslmode=require"))
        #expect(try await required.connectionUsesTLS())
        try await required.close()
        let plain = try await PostgresEventStore(url: Self.url("sslmode=disable"))
        #expect(try await plain.connectionUsesTLS() == false)
        try await plain.close()
    }

    @Test("verify-full refuses a certificate no trusted authority signed", .disabled(if: serverMissing, "needs a PostgreSQL server with TLS (.ci/run)"))
    func refusesUntrustedCertificate() async throws {
        let error = await #expect(throws: StoreError.self) { _ = try await PostgresEventStore(url: Self.url("sslmode=verify-full")) }
        #expect(error?.code == .cannotOpen)
    }
}
