/// A failed fetch: a stable code, the address, and a message that says what to do.
public struct FetchError: Error, CustomStringConvertible, Sendable, Hashable {
    /// Stable error codes.
    public enum Code: String, Sendable {
        /// Not an http(s) address.
        case badURL = "fetch.bad-url"
        /// The server could not be reached, or the connection broke (a truncated response too).
        case network = "fetch.network"
        /// No answer within the time limit.
        case timeout = "fetch.timeout"
        /// 404 or 410: the page is not there.
        case notFound = "fetch.not-found"
        /// Another 4xx answer.
        case clientStatus = "fetch.client-status"
        /// A 5xx answer (or 429), still failing after the retries.
        case serverStatus = "fetch.server-status"
        /// More redirects than allowed, or a redirect loop.
        case redirects = "fetch.redirects"
        /// The body is over the size limit (after inflating gzip).
        case tooLarge = "fetch.too-large"
    }
    public var code: Code
    public var url: String
    public var message: String
    /// The HTTP status, when the server answered.
    public var status: Int?
    /// Attempts made.
    public var attempts: Int
    /// Seconds the server asked to wait (`Retry-After`), if it did.
    public var retryAfter: Int?

    public init(_ code: Code, url: String, _ message: String, status: Int? = nil, attempts: Int = 1) {
        self.code = code; self.url = url; self.message = message; self.status = status; self.attempts = attempts
    }

    /// True for failures that may pass: network errors, time-outs, 5xx and 429.
    public var isTransient: Bool { [.network, .timeout, .serverStatus].contains(code) }

    public var description: String { "\(url): \(message) [\(code.rawValue)]" }
}
