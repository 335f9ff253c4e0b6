import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Fetches web pages and feeds over HTTP(S) with AsyncHTTPClient: redirects, time-outs, gzip, a size cap, conditional
/// GET, a per-host rate limit and concurrency cap, and retries with exponential backoff on network errors and 5xx.
public final class Fetcher: Sendable {
    /// How a fetcher behaves.
    public struct Options: Sendable {
        /// The largest body accepted, after inflating.
        public var maxBytes = 32 << 20
        /// Time allowed for one attempt, connection to last byte.
        public var timeout: Duration = .seconds(30)
        /// Time allowed to connect.
        public var connectTimeout: Duration = .seconds(10)
        public var maxRedirects = 5
        /// Attempts in all for a transient failure (network, time-out, 5xx, 429).
        public var attempts = 3
        /// The first backoff; each retry doubles it (plus up to 25 % jitter).
        public var backoff: Duration = .milliseconds(500)
        /// Requests to one host at once.
        public var perHostConcurrency = 2
        /// Least time between two request starts to one host.
        public var perHostInterval: Duration = .milliseconds(250)
        public var userAgent = "Parley/1.0 (+news event extraction)"
        /// Called with one line per retry (the final failure is thrown, for the caller to report).
        public var log: (@Sendable (String) -> Void)?
        public init() {}
    }

    let client: HTTPClient
    let options: Options
    let limiter: HostLimiter

    /// A fetcher with its own connection pool; `shutdown()` it when done.
    public init(options: Options = Options()) {
        self.options = options
        var config = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: options.maxRedirects, allowCycles: false),
            timeout: .init(connect: .nanoseconds(Int64(options.connectTimeout.nanoseconds)), read: .nanoseconds(Int64(options.timeout.nanoseconds))),
            decompression: .enabled(limit: .size(options.maxBytes)))
        config.httpVersion = .automatic
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: config)
        self.limiter = HostLimiter(concurrency: options.perHostConcurrency, interval: options.perHostInterval)
    }

    /// Closes connections; call once when done.
    public func shutdown() async throws { try await client.shutdown() }

    /// Fetches `url`, sending `If-None-Match`/`If-Modified-Since` when validators are given (a 304 comes back as a
    /// response with `notModified`). Throws `FetchError`.
    public func fetch(_ url: String, etag: String? = nil, lastModified: String? = nil) async throws -> FetchResponse {
        guard let u = URL(string: url), let scheme = u.scheme?.lowercased(), scheme == "http" || scheme == "https", let host = u.host, !host.isEmpty else {
            throw FetchError(.badURL, url: url, "not an http(s) address; write http://… or https://…")
        }
        let hostKey = host.lowercased() + ":" + String(u.port ?? (scheme == "https" ? 443 : 80))
        var attempt = 0
        while true {
            attempt += 1
            await limiter.acquire(hostKey)
            let result: Result<FetchResponse, FetchError>
            do {
                result = .success(try await once(url, etag: etag, lastModified: lastModified, attempt: attempt))
            } catch let e as FetchError {
                result = .failure(e)
            } catch {
                result = .failure(Self.classify(error, url: url, attempt: attempt))
            }
            await limiter.release(hostKey)
            switch result {
            case .success(let r): return r
            case .failure(var e):
                e.attempts = attempt
                // the caller reports the final failure; retries are logged here
                guard e.isTransient, attempt < options.attempts else { throw e }
                let delay = backoff(attempt: attempt, retryAfter: e.retryAfter)
                options.log?("fetch failed: \(e); retrying in \(Self.seconds(delay)) (attempt \(attempt + 1) of \(options.attempts))")
                try? await Task.sleep(for: delay)
            }
        }
    }

    func once(_ url: String, etag: String?, lastModified: String?, attempt: Int) async throws -> FetchResponse {
        var req = HTTPClientRequest(url: url)
        req.headers.add(name: "User-Agent", value: options.userAgent)
        req.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        req.headers.add(name: "Accept", value: "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8")
        if let etag { req.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified { req.headers.add(name: "If-Modified-Since", value: lastModified) }
        let response = try await client.execute(req, timeout: .nanoseconds(Int64(options.timeout.nanoseconds)))
        let final = response.url?.absoluteString ?? url
        let status = Int(response.status.code)
        let headers = response.headers
        if status == 304 {
            return FetchResponse(url: final, status: 304, contentType: nil, etag: headers.first(name: "ETag") ?? etag,
                                 lastModified: headers.first(name: "Last-Modified") ?? lastModified, body: [], attempts: attempt)
        }
        if status == 404 || status == 410 {
            throw FetchError(.notFound, url: final, "HTTP \(status): the page is not there; check the address", status: status)
        }
        if status >= 500 || status == 429 {
            var e = FetchError(.serverStatus, url: final, "HTTP \(status) from the server", status: status)
            e.retryAfter = headers.first(name: "Retry-After").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            throw e
        }
        if status >= 300 && status < 400 {
            throw FetchError(.redirects, url: final, "HTTP \(status) without a usable Location; the redirect cannot be followed", status: status)
        }
        if status >= 400 {
            throw FetchError(.clientStatus, url: final, "HTTP \(status); the server refused the request", status: status)
        }
        var buffer: ByteBuffer
        do {
            buffer = try await response.body.collect(upTo: options.maxBytes)
        } catch is NIOTooManyBytesError {
            throw FetchError(.tooLarge, url: final, "the body is over \(options.maxBytes) bytes; skip it or raise the limit", status: status)
        }
        let body = buffer.readBytes(length: buffer.readableBytes) ?? []
        return FetchResponse(url: final, status: status, contentType: headers.first(name: "Content-Type"), etag: headers.first(name: "ETag"),
                             lastModified: headers.first(name: "Last-Modified"), body: body, attempts: attempt)
    }

    /// A thrown error as a `FetchError`.
    static func classify(_ error: Error, url: String, attempt: Int) -> FetchError {
        if let e = error as? HTTPClientError {
            if [.readTimeout, .connectTimeout, .deadlineExceeded, .writeTimeout].contains(e) {
                return FetchError(.timeout, url: url, "no answer in time (\(e)); the server is slow or down")
            }
            if [.redirectLimitReached, .redirectCycleDetected].contains(e) {
                return FetchError(.redirects, url: url, "too many redirects or a redirect loop (\(e)); check the address")
            }
            if [.invalidURL, .emptyHost, .emptyScheme].contains(e) {
                return FetchError(.badURL, url: url, "not a usable address (\(e))")
            }
            let text = String(describing: e).lowercased()
            if text.contains("decompression") || text.contains("limit") {
                return FetchError(.tooLarge, url: url, "the inflated body is over the size limit (\(e))")
            }
            return FetchError(.network, url: url, "the connection failed (\(e)); the response may be cut short")
        }
        if error is NIOTooManyBytesError { return FetchError(.tooLarge, url: url, "the body is over the size limit") }
        let text = String(describing: error)
        if text.lowercased().contains("decompression") { return FetchError(.tooLarge, url: url, "the inflated body is over the size limit (\(text))") }
        return FetchError(.network, url: url, "the connection failed (\(text)); check that the server is up")
    }

    func backoff(attempt: Int, retryAfter: Int?) -> Duration {
        if let r = retryAfter { return .seconds(min(max(r, 0), 60)) }
        let base = options.backoff * (1 << (attempt - 1))
        return base + base * Double.random(in: 0...0.25)
    }

    static func seconds(_ d: Duration) -> String {
        let s = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        return String(format: "%.1f s", s)
    }
}

extension Duration {
    var nanoseconds: Int64 { components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000 }
}
