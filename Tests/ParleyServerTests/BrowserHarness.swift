import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ParleyTestSupport
import Testing

/// What the browser tests need from the machine: the built `parley`, Debian's headless Chromium, a running
/// `parley serve --demo` and a place for screenshots.
enum BrowserHarness {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `parley` binary that `swift build`/`swift test` built.
    static var parley: String? { BuiltProducts.parley }

    /// Debian's `chromium` (or `chromium-browser`) on the PATH or in /usr/bin.
    static let chromium: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let dirs = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/snap/bin"]
        for name in ["chromium", "chromium-browser"] {
            for dir in dirs {
                let candidate = URL(fileURLWithPath: dir).appendingPathComponent(name).path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    static var hasChromium: Bool { chromium != nil }

    /// `.build/artifacts/screenshots`, made on first use.
    static let screenshots: URL = {
        let dir = root.appendingPathComponent(".build/artifacts/screenshots")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }()

    /// A TCP port on 127.0.0.1 that nothing listens on right now.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw BrowserTestError("socket() failed: errno \(errno)") }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw BrowserTestError("bind() failed: errno \(errno)") }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        guard named == 0 else { throw BrowserTestError("getsockname() failed: errno \(errno)") }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    /// GET `url` and return the status and body (nil status when nothing answers).
    static func get(_ url: URL, timeout: TimeInterval = 10) async -> (status: Int?, body: Data) {
        var request = URLRequest(url: url)
        request.timeoutInterval = timeout
        do {
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as? HTTPURLResponse)?.statusCode, data)
        } catch {
            return (nil, Data())
        }
    }

    /// GET `path` from the demo server and decode its JSON.
    static func json(_ path: String) async throws -> [String: Any] {
        let server = try await DemoServer.shared.start()
        let (status, body) = await get(URL(string: server.base + path)!)
        guard status == 200, let obj = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw BrowserTestError("GET \(path) answered \(status.map(String.init) ?? "nothing"): \(String(decoding: body, as: UTF8.self).prefix(300))")
        }
        return obj
    }
}

/// A failure of the test machinery (not of the page under test), with what to do about it.
struct BrowserTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// One `parley serve --demo` for the whole suite, on a free port with a store in a temporary folder; stopped
/// when the test process exits.
actor DemoServer {
    static let shared = DemoServer()

    struct Running: Sendable {
        let base: String
        let pid: Int32
    }

    private var running: Running?
    private var failure: String?
    /// Runs "$@" and kills it once the parent process (the tests) is gone, then removes the temporary store;
    /// exits with the server's status if it stops first.
    private static let watchdog = """
        "$@" & server=$!
        while kill -0 $PPID 2>/dev/null && kill -0 $server 2>/dev/null; do sleep 1; done
        kill -KILL $server 2>/dev/null
        wait $server; status=$?
        rm -rf "$PARLEY_BROWSER_TMP"
        exit $status
        """
    private static var log: URL { BrowserHarness.root.appendingPathComponent(".build/artifacts/parley-serve.log") }

    /// Starts the server on first use and waits until `/healthz` answers 200.
    func start() async throws -> Running {
        if let running { return running }
        if let failure { throw BrowserTestError(failure) }
        do {
            let r = try await launch()
            running = r
            return r
        } catch {
            failure = "\(error)"
            throw error
        }
    }

    private func launch() async throws -> Running {
        guard let parley = BrowserHarness.parley else {
            throw BrowserTestError("build the parley executable first (swift build --product parley)")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let port = try BrowserHarness.freePort()
        try? FileManager.default.createDirectory(at: Self.log.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: Self.log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: Self.log)
        // A small shell keeps the server and stops it when the test process is gone, however it ends (swift-testing
        // offers no suite tear-down, and a crash runs no atexit handler). SIGKILL: a child started from a test thread
        // inherits that thread's blocked signals, so SIGTERM may never arrive.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", Self.watchdog, "parley-serve-watchdog", parley,
                       "serve", "--demo", "--store", dir.appendingPathComponent("demo.sqlite").path,
                       "--host", "127.0.0.1", "--port", String(port)]
        var environment = ProcessInfo.processInfo.environment
        environment["PARLEY_BROWSER_TMP"] = dir.path
        p.environment = environment
        p.standardOutput = logHandle
        p.standardError = logHandle
        try p.run()
        let base = "http://127.0.0.1:\(port)"
        let deadline = Date().addingTimeInterval(180)
        while Date() < deadline {
            if !p.isRunning {
                let log = (try? String(contentsOf: Self.log, encoding: .utf8)) ?? ""
                throw BrowserTestError("parley serve exited with status \(p.terminationStatus) before answering /healthz:\n\(log.suffix(2000))")
            }
            let (status, _) = await BrowserHarness.get(URL(string: base + "/healthz")!, timeout: 2)
            if status == 200 { return Running(base: base, pid: p.processIdentifier) }
            try await Task.sleep(for: .milliseconds(250))
        }
        kill(p.processIdentifier, SIGKILL)
        throw BrowserTestError("parley serve did not answer \(base)/healthz within 180 s (log: \(Self.log.path))")
    }
}

/// A page as headless Chromium left it: the serialised DOM after the scripts ran, and its screenshot.
struct LoadedPage {
    let url: String
    let dom: String
    let screenshot: URL

    /// The value of `data-state` on <body>: loading, ready or error.
    var state: String? { first(#"<body[^>]*\bdata-state="([a-z]+)""#) }

    /// How many elements carry `data-testid="id"`.
    func count(_ testid: String) -> Int {
        dom.components(separatedBy: "data-testid=\"\(testid)\"").count - 1
    }

    /// The values of `attribute` on every element with `data-testid="id"` (attribute after the test id).
    func attribute(_ attribute: String, of testid: String) -> [String] {
        all(#"data-testid=""# + NSRegularExpression.escapedPattern(for: testid) + #""[^>]*?\b"# + attribute + #"="([^"]*)""#)
    }

    /// The text inside every `<tag …data-testid="id"…>…</tag>` (no nesting of the same tag), tags removed and entities decoded.
    func texts(_ tag: String, testid: String) -> [String] {
        all("<\(tag)\\b[^>]*data-testid=\"\(NSRegularExpression.escapedPattern(for: testid))\"[^>]*>([\\s\\S]*?)</\(tag)>").map(Self.plain)
    }

    /// The whole page as text, tags removed.
    var text: String { Self.plain(dom) }

    /// The first match of `pattern`: its first capture group, or the whole match when it has none.
    func first(_ pattern: String) -> String? { all(pattern).first }

    /// Every match of `pattern`: its first capture group, or the whole match when it has none.
    func all(_ pattern: String) -> [String] {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = dom as NSString
        let group = re.numberOfCaptureGroups >= 1 ? 1 : 0
        return re.matches(in: dom, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: group)) }
    }

    /// Markup to text: tags dropped, the five XML entities and numeric references decoded.
    static func plain(_ html: String) -> String {
        var s = html.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", "\u{a0}")] {
            s = s.replacingOccurrences(of: entity, with: char)
        }
        if let re = try? NSRegularExpression(pattern: "&#([0-9]+);") {
            let ns = s as NSString
            var out = ""
            var last = 0
            for m in re.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
                out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
                let code = Int(ns.substring(with: m.range(at: 1))) ?? 63
                out += String(UnicodeScalar(UInt32(code)).map(Character.init) ?? "?")
                last = m.range.location + m.range.length
            }
            s = out + ns.substring(from: last)
        }
        return s.replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Drives Debian's headless Chromium: one process per page, the DOM on standard output, a screenshot beside it.
enum Browser {
    /// Loads `hash` (e.g. `#/events?actor=IND`) from the demo server, lets its scripts run, and returns the DOM.
    /// `name` names the screenshot in `.build/artifacts/screenshots/`. Waits again, longer, while the page still says loading.
    static func load(_ hash: String, name: String, window: String = "1280,900") async throws -> LoadedPage {
        let server = try await DemoServer.shared.start()
        let url = server.base + "/" + hash
        var page = try run(url: url, name: name, window: window, budget: 8000)
        if page.state == "loading" { page = try run(url: url, name: name, window: window, budget: 30000) }
        return page
    }

    private static func run(url: String, name: String, window: String, budget: Int) throws -> LoadedPage {
        guard let chromium = BrowserHarness.chromium else { throw BrowserTestError("Chromium is not installed (apt-get install chromium)") }
        let shot = BrowserHarness.screenshots.appendingPathComponent("\(name).png")
        try? FileManager.default.removeItem(at: shot)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("parley-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: chromium)
        p.arguments = [
            "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
            "--user-data-dir=\(profile.path)", "--window-size=\(window)",
            "--virtual-time-budget=\(budget)", "--screenshot=\(shot.path)", "--dump-dom", url,
        ]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        // read while it runs (a large DOM would fill the pipe), with a watchdog against a hung browser
        let pid = p.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        watchdog.cancel()
        guard p.terminationStatus == 0 else {
            throw BrowserTestError("chromium exited with status \(p.terminationStatus) on \(url)")
        }
        return LoadedPage(url: url, dom: String(decoding: data, as: UTF8.self), screenshot: shot)
    }
}
