import Foundation
import ParleyText

/// How `parley serve` runs: where it listens, who may write, and its limits.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The bearer token `POST /api/documents` requires; nil makes the server read-only.
    public var token: String?
    /// The largest request body accepted (bytes).
    public var maxBodyBytes: Int
    /// The largest page of events.
    public var maxPageSize: Int
    /// The folder of the web UI's static files (default: the bundled one).
    public var webRoot: String

    public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maxBodyBytes: Int = 32 << 20,
                maxPageSize: Int = 500, webRoot: String? = nil) {
        self.host = host
        self.port = port
        self.token = token
        self.maxBodyBytes = maxBodyBytes
        self.maxPageSize = maxPageSize
        self.webRoot = webRoot ?? ServerResources.webRoot
    }
}

/// Files bundled with the server: the web UI, the OpenAPI document and the demo corpus.
public enum ServerResources {
    /// `$PARLEY_SERVER_RESOURCES`, else the bundle beside the executable, else the source checkout.
    static let root: URL = {
        if let env = ProcessInfo.processInfo.environment["PARLEY_SERVER_RESOURCES"], !env.isEmpty { return URL(fileURLWithPath: env) }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources")
        switch BundledResources.directory(bundle: "Parley_ParleyServer.resources", marker: "openapi.json", sourceFolder: source) {
        case .success(let url): return url
        case .failure: return source
        }
    }()
    /// The web UI's folder.
    public static var webRoot: String { root.appendingPathComponent("web").path }
    /// The demo corpus: articles written for Parley about real diplomatic events of 2023–2025.
    public static var demoCorpus: String { root.appendingPathComponent("demo").path }
    /// The OpenAPI document served at `/openapi.json`.
    public static var openAPI: Data {
        (try? Data(contentsOf: root.appendingPathComponent("openapi.json"))) ?? Data("{}".utf8)
    }
}
