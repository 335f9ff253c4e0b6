import Testing
@testable import ParleyHTML

@Suite("Gzip")
struct GzipTests {
    @Test("a gzip stream inflates to the original bytes")
    func roundTrip() throws {
        let original = Array(String(repeating: "<p>Talks in Beijing.</p>", count: 500).utf8)
        let packed = Gzip.compress(original)
        #expect(Gzip.isCompressed(packed))
        #expect(packed.count < original.count / 5)
        #expect(try Gzip.inflate(packed, limit: 1 << 20) == original)
    }

    @Test("a stream cut short yields what was inflated so far")
    func truncated() throws {
        let original = Array((0..<20_000).map { "word\($0) " }.joined().utf8)
        let packed = Gzip.compress(original)
        let partial = try Gzip.inflate(Array(packed.prefix(packed.count / 2)), limit: 1 << 22)
        #expect(!partial.isEmpty && partial.count < original.count)
        #expect(original.starts(with: partial))
    }

    @Test("inflating past the limit is html.too-large")
    func bomb() throws {
        let packed = Gzip.compress([UInt8](repeating: 0x41, count: 4 << 20))
        #expect(throws: HTMLError.self) { try Gzip.inflate(packed, limit: 1 << 20) }
        do { _ = try Gzip.inflate(packed, limit: 1 << 20) } catch let e as HTMLError { #expect(e.code == .tooLarge) }
    }

    @Test("garbage after the gzip magic is html.bad-compression")
    func garbage() {
        do {
            _ = try Gzip.inflate([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x01, 0x02, 0x03], limit: 1 << 20)
            Issue.record("expected an error")
        } catch let e as HTMLError {
            #expect(e.code == .badCompression)
        } catch { Issue.record("unexpected \(error)") }
    }
}
