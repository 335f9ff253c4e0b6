/// A fetched resource: the final address after redirects, the status, the validators and the body.
public struct FetchResponse: Sendable {
    /// The address the body came from (after redirects).
    public var url: String
    public var status: Int
    /// True for a 304 answer to a conditional request (the body is empty).
    public var notModified: Bool { status == 304 }
    public var contentType: String?
    public var etag: String?
    public var lastModified: String?
    /// The body, inflated when the server sent it gzip-compressed.
    public var body: [UInt8]
    /// Attempts it took.
    public var attempts: Int
}
