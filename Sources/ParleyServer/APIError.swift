import Hummingbird

/// An API failure: an HTTP status, a stable code and a message that says what to do. Rendered as
/// `{"error": {"code": …, "message": …}}`.
public struct APIError: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String) {
        self.status = status; self.code = code; self.message = message
    }

    static func badParameter(_ name: String, _ advice: String) -> APIError {
        APIError(.badRequest, "api.bad-parameter", "bad \(name): \(advice)")
    }
    static func notFound(_ what: String) -> APIError { APIError(.notFound, "api.not-found", what) }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var w = JSONWriter(capacity: 128)
        w.raw("{\"error\": {\"code\": ")
        w.string(code)
        w.raw(", \"message\": ")
        w.string(message)
        w.raw("}}")
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: w.bytes)))
    }
}
