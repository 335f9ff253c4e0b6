/// A failure of the event store: a stable code, and a message that says what to do.
public struct StoreError: Error, CustomStringConvertible, Sendable, Hashable {
    /// Stable error codes.
    public enum Code: String, Sendable {
        case cannotOpen = "store.cannot-open"
        case badLocation = "store.bad-location"
        case migration = "store.migration"
        case write = "store.write"
        case read = "store.read"
        case corrupt = "store.corrupt"
        case notFound = "store.not-found"
        case badQuery = "store.bad-query"
    }
    public var code: Code
    public var message: String
    public init(_ code: Code, _ message: String) { self.code = code; self.message = message }
    public var description: String { "\(message) [\(code.rawValue)]" }
}
