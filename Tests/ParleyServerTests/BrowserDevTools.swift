import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Closes a file descriptor (the class's own `close()` hides the C function inside it).
private func closeDescriptor(_ fd: Int32) {
    _ = close(fd)
}

/// Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: commands are written
/// to the browser's fd 3 and answers read from its fd 4, each a JSON object ended by a NUL byte). No WebSocket
/// and no network: enough to type into the page, click, and read what it shows.
final class DevToolsPage {
    private let pid: pid_t
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private let profile: URL
    private var nextId = 1
    private var buffer = [UInt8]()
    private var session = ""
    private var closed = false

    /// Starts Chromium with one blank page attached.
    init(window: (width: Int, height: Int) = (1280, 900)) throws {
        guard let chromium = BrowserHarness.chromium else { throw BrowserTestError("Chromium is not installed (apt-get install chromium)") }
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("parley-devtools-\(UUID().uuidString)")
        var commands: [Int32] = [0, 0] // we write [1], the browser reads [0] as fd 3
        var answers: [Int32] = [0, 0]  // the browser writes [1] as fd 4, we read [0]
        guard pipe(&commands) == 0, pipe(&answers) == 0 else { throw BrowserTestError("pipe() failed: errno \(errno)") }
        // close-on-exec, so that no other child (the server) holds the pipes; dup2 in the browser clears it on 3 and 4
        for fd in commands + answers { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, commands[0], 3)
        posix_spawn_file_actions_adddup2(&actions, answers[1], 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let args = [
            chromium, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
            "--remote-debugging-pipe", "--user-data-dir=\(profile.path)",
            "--window-size=\(window.width),\(window.height)", "about:blank",
        ]
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // an empty signal mask: a thread of the test process may block signals, and a child inherits that
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var child = pid_t()
        let rc = posix_spawn(&child, chromium, &actions, &attributes, &argv, environ)
        closeDescriptor(commands[0])
        closeDescriptor(answers[1])
        guard rc == 0 else {
            closeDescriptor(commands[1]); closeDescriptor(answers[0])
            throw BrowserTestError("could not start \(chromium): posix_spawn error \(rc)")
        }
        pid = child
        toBrowser = commands[1]
        fromBrowser = answers[0]
        signal(SIGPIPE, SIG_IGN)
        do {
            let created = try send("Target.createTarget", ["url": "about:blank"], inSession: false)
            guard let target = created["targetId"] as? String else { throw BrowserTestError("no targetId in \(created)") }
            let attached = try send("Target.attachToTarget", ["targetId": target, "flatten": true], inSession: false)
            guard let s = attached["sessionId"] as? String else { throw BrowserTestError("no sessionId in \(attached)") }
            session = s
            _ = try send("Page.enable")
            _ = try send("Runtime.enable")
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    /// Stops the browser and removes its profile.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? send("Browser.close", [:], inSession: false, timeout: 5)
        closeDescriptor(toBrowser)
        closeDescriptor(fromBrowser)
        var status: Int32 = 0
        for _ in 0..<50 {
            if waitpid(pid, &status, WNOHANG) == pid { break }
            usleep(100_000)
        }
        if waitpid(pid, &status, WNOHANG) == 0 {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        try? FileManager.default.removeItem(at: profile)
    }

    /// Sends one command and waits for its answer; a DevTools error becomes a thrown error.
    @discardableResult
    func send(_ method: String, _ params: [String: Any] = [:], inSession: Bool = true, timeout: TimeInterval = 30) throws -> [String: Any] {
        let id = nextId
        nextId += 1
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if inSession { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(toBrowser, $0.baseAddress, $0.count) }
            guard n > 0 else { throw BrowserTestError("the browser closed its DevTools pipe (\(method))") }
            written += n
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let answer = try readMessage(until: deadline, waitingFor: method)
            guard answer["id"] as? Int == id else { continue } // an event, or an answer to someone else
            if let error = answer["error"] as? [String: Any] {
                throw BrowserTestError("DevTools \(method): \(error["message"] ?? error)")
            }
            return answer["result"] as? [String: Any] ?? [:]
        }
    }

    private func readMessage(until deadline: Date, waitingFor method: String) throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let data = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw BrowserTestError("no answer from the browser to \(method) in time") }
            var pfd = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pfd, 1, Int32(min(left, 1) * 1000))
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { read(fromBrowser, $0.baseAddress, $0.count) }
            guard n > 0 else { throw BrowserTestError("the browser closed its DevTools pipe (\(method))") }
            buffer.append(contentsOf: chunk[..<n])
        }
    }

    /// Evaluates `expression` in the page (promises awaited) and returns its JSON value.
    @discardableResult
    func evaluate(_ expression: String) throws -> Any? {
        let r = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true])
        if let exception = r["exceptionDetails"] as? [String: Any] {
            let detail = (exception["exception"] as? [String: Any])?["description"] ?? exception["text"] ?? exception
            throw BrowserTestError("the page threw: \(detail)")
        }
        return (r["result"] as? [String: Any])?["value"]
    }

    /// Polls `condition` (a JavaScript expression) until it is true.
    func wait(for condition: String, timeout: TimeInterval = 30, _ what: String) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if (try? evaluate("Boolean(\(condition))")) as? Bool == true { return }
            usleep(100_000)
        }
        throw BrowserTestError("timed out waiting for \(what) (\(condition)); the page says: \((try? evaluate("document.body ? document.body.innerText.slice(0, 300) : ''")) as? String ?? "")")
    }

    /// Opens `url` and waits until the web UI has rendered it.
    func open(_ url: String) throws {
        try send("Page.navigate", ["url": url])
        try wait(for: "location.href === \(Self.js(url)) && document.readyState === 'complete'", "\(url) to load")
        try waitForView("true", "\(url) to render")
    }

    /// Waits until the web UI has rendered the URL it is at (`<body data-rendered>` is the current hash and
    /// `data-state` is ready) and `condition` holds; the error message shows what the page says instead.
    func waitForView(_ condition: String, timeout: TimeInterval = 30, _ what: String) throws {
        try wait(for: "document.body && document.body.dataset.rendered === location.hash && document.body.dataset.state === 'ready' && (\(condition))", timeout: timeout, what)
    }

    /// Clicks at the centre of the first element matching `selector`, as a mouse would.
    func click(_ selector: String) throws {
        let box = try evaluate("""
            (() => { const el = document.querySelector(\(Self.js(selector))); if (!el) return null;
              el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();
              return [r.left + r.width / 2, r.top + r.height / 2]; })()
            """) as? [Double]
        guard let box, box.count == 2 else { throw BrowserTestError("nothing matches \(selector)") }
        for type in ["mouseMoved", "mousePressed", "mouseReleased"] {
            try send("Input.dispatchMouseEvent", ["type": type, "x": box[0], "y": box[1], "button": "left", "clickCount": 1])
        }
    }

    /// Focuses the element and types `text` as key presses (replacing what it held).
    func type(_ selector: String, _ text: String) throws {
        try evaluate("(() => { const el = document.querySelector(\(Self.js(selector))); el.focus(); el.select && el.select(); })()")
        try send("Input.insertText", ["text": text])
    }

    /// Presses Enter in the focused element.
    func pressEnter() throws {
        try send("Input.dispatchKeyEvent", ["type": "keyDown", "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r"])
        try send("Input.dispatchKeyEvent", ["type": "keyUp", "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13])
    }

    /// Saves a PNG of the viewport to `.build/artifacts/screenshots/NAME.png`.
    func screenshot(_ name: String) throws {
        let r = try send("Page.captureScreenshot", ["format": "png"])
        guard let b64 = r["data"] as? String, let data = Data(base64Encoded: b64) else { throw BrowserTestError("no screenshot data") }
        try data.write(to: BrowserHarness.screenshots.appendingPathComponent("\(name).png"))
    }

    /// A JavaScript string literal for `s`.
    static func js(_ s: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [s])
        let array = String(decoding: data, as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }
}
