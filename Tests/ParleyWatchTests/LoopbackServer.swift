import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP/1.1 server on 127.0.0.1 for the fetch and watch tests: routes answer with a status, headers and body,
/// optionally late, cut short or slowly; every request is logged so tests can check what was fetched, and how often.
final class LoopbackServer: @unchecked Sendable {
    /// One request as the server saw it.
    struct Request: Sendable {
        var path: String
        var headers: [(String, String)]
        func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }
    }

    /// An answer.
    struct Response: Sendable {
        var status: Int = 200
        var headers: [(String, String)] = []
        var body: [UInt8] = []
        /// Wait this long before answering.
        var delay: TimeAmount? = nil
        /// Send only this many body bytes (after a Content-Length for all of them), then close the connection.
        var truncateAfter: Int? = nil

        static func text(_ s: String, type: String = "text/html; charset=utf-8", status: Int = 200) -> Response {
            Response(status: status, headers: [("Content-Type", type)], body: Array(s.utf8))
        }
        static func redirect(_ to: String, status: Int = 301) -> Response { Response(status: status, headers: [("Location", to)]) }
    }

    typealias Route = @Sendable (Request, Int) -> Response

    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private var channel: Channel?
    private let lock = NSLock()
    private var routes: [String: Route] = [:]
    private var requests: [Request] = []
    private var active = 0
    private(set) var maxConcurrent = 0
    var port: Int = 0

    init() throws {
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(server: self))
                }
            }
        let ch = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        channel = ch
        port = ch.localAddress?.port ?? 0
    }

    /// The base address, "http://127.0.0.1:PORT".
    var base: String { "http://127.0.0.1:\(port)" }

    /// Serves `path` with a route given the request and how many times the path was asked for before (0 first).
    func route(_ path: String, _ r: @escaping Route) { lock.withLock { routes[path] = r } }
    /// Serves `path` with a fixed answer.
    func serve(_ path: String, _ r: Response) { route(path) { _, _ in r } }

    /// How many times `path` was requested.
    func count(_ path: String) -> Int { lock.withLock { requests.filter { $0.path == path }.count } }
    /// Every request so far.
    var log: [Request] { lock.withLock { requests } }

    func shutdown() {
        try? channel?.close().wait()
        try? group.syncShutdownGracefully()
    }

    fileprivate func answer(_ req: Request) -> Response {
        lock.withLock {
            let n = requests.filter { $0.path == req.path }.count
            requests.append(req)
            active += 1
            maxConcurrent = max(maxConcurrent, active)
            let r = routes[req.path]
            return (r.map { ($0, n) }).map { $0.0(req, $0.1) }
        } ?? Response.text("no route for \(req.path)", status: 404)
    }

    fileprivate func done() { lock.withLock { active -= 1 } }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let server: LoopbackServer
        var head: HTTPRequestHead?
        init(server: LoopbackServer) { self.server = server }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let h): head = h
            case .body: break
            case .end:
                guard let h = head else { return }
                let req = Request(path: h.uri, headers: h.headers.map { ($0.name, $0.value) })
                let resp = server.answer(req)
                let loop = context.eventLoop.assumeIsolated()
                if let d = resp.delay {
                    loop.scheduleTask(in: d) { self.respond(context: context, resp) }
                } else {
                    respond(context: context, resp)
                }
            }
        }

        func respond(context: ChannelHandlerContext, _ r: Response) {
            var headers = HTTPHeaders(r.headers)
            headers.replaceOrAdd(name: "Content-Length", value: String(r.body.count))
            let status = HTTPResponseStatus(statusCode: r.status)
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
            let body = r.truncateAfter.map { Array(r.body.prefix($0)) } ?? r.body
            if !body.isEmpty {
                context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
            }
            if r.truncateAfter != nil {
                context.flush()
                server.done()
                context.close(promise: nil)
                return
            }
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            server.done()
        }
    }
}
