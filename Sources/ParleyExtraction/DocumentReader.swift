import Foundation

/// A problem with one input (a file or a JSON Lines record): a stable code, the place, and what to do.
public struct InputError: Error, CustomStringConvertible, Sendable, Hashable {
    /// Stable error codes.
    public enum Code: String, Sendable {
        case missingPath = "input.missing-path", unreadable = "input.unreadable", invalidUTF8 = "input.invalid-utf8"
        case binary = "input.binary", empty = "input.empty", malformedJSON = "input.malformed-json"
        case missingField = "input.missing-field", tooLarge = "input.too-large", unsupported = "input.unsupported"
        /// An HTML page that cannot be read as an article (the message carries the `html.*` code).
        case badPage = "input.bad-page"
    }
    public var code: Code
    /// File and line ("feed.jsonl:12").
    public var place: String
    public var message: String
    public init(code: Code, place: String, message: String) { self.code = code; self.place = place; self.message = message }
    public var description: String { "\(place): \(message) [\(code.rawValue)]" }
}

/// Reads articles from `.txt` files, `.jsonl` files (`id`, `text`, optional `date`, `url`, `title`), `.html`/`.htm`
/// pages (main text and metadata, see `HTMLArticleExtractor`), directories (walked for all three) and standard input (`-`, JSON Lines). Bad inputs are reported one by
/// one; the good documents around them are still read.
public struct DocumentReader: Sendable {
    /// The largest document accepted, in bytes.
    public var maxDocumentBytes = 16 << 20
    /// Publication date for `.txt` input (`--date`).
    public var defaultDate: String?

    public init(defaultDate: String? = nil) { self.defaultDate = defaultDate }

    /// Calls `body` for every document under `paths`, and `failure` for every input that cannot be read.
    public func read(_ paths: [String], body: (InputDocument) -> Void, failure: (InputError) -> Void) {
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                readJSONLines(data, name: "<stdin>", body: body, failure: failure)
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                failure(InputError(code: .missingPath, place: path, message: "no such file or directory; check the path"))
                continue
            }
            if isDir.boolValue {
                let files = walk(path)
                if files.isEmpty { failure(InputError(code: .empty, place: path, message: "the directory holds no .txt, .jsonl or .html files")) }
                for f in files { readFile(f, body: body, failure: failure) }
            } else {
                readFile(path, body: body, failure: failure)
            }
        }
    }

    func walk(_ dir: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
        var out: [String] = []
        while let rel = e.nextObject() as? String {
            if rel.hasSuffix(".txt") || rel.hasSuffix(".jsonl") || Self.isHTML(rel) { out.append((dir as NSString).appendingPathComponent(rel)) }
        }
        return out.sorted()
    }

    func readFile(_ path: String, body: (InputDocument) -> Void, failure: (InputError) -> Void) {
        guard let data = FileManager.default.contents(atPath: path) else {
            failure(InputError(code: .unreadable, place: path, message: "cannot read the file; check its permissions"))
            return
        }
        if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") {
            readJSONLines(data, name: path, body: body, failure: failure)
            return
        }
        if Self.isHTML(path) {
            var name = (path as NSString).lastPathComponent
            if name.lowercased().hasSuffix(".gz") { name = String(name.dropLast(3)) }
            let id = (name as NSString).deletingPathExtension
            do { body(try page([UInt8](data), id: id, location: path)) } catch let e as InputError { failure(e) } catch {
                failure(InputError(code: .badPage, place: path, message: "\(error)"))
            }
            return
        }
        if data.isEmpty {
            failure(InputError(code: .empty, place: path, message: "the file is empty; nothing to extract"))
            return
        }
        if data.count > maxDocumentBytes {
            failure(InputError(code: .tooLarge, place: path, message: "the file is \(data.count) bytes, over the \(maxDocumentBytes)-byte limit for one article; split it"))
            return
        }
        if data.prefix(8192).contains(0) {
            failure(InputError(code: .binary, place: path, message: "the file looks binary (it contains NUL bytes); give Parley plain-text articles"))
            return
        }
        guard let text = String(validatingUTF8Data: data) else {
            failure(InputError(code: .invalidUTF8, place: path, message: "the file is not valid UTF-8 (first bad byte at offset \(firstInvalidUTF8(data))); convert it to UTF-8"))
            return
        }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        body(InputDocument(id: id, text: text, date: defaultDate))
    }

    /// Reads JSON Lines documents (`id`, `text`, optional `date`, `url`, `title`) from bytes; `name` labels failures.
    public func readJSONLines(_ data: Data, name: String, body: (InputDocument) -> Void, failure: (InputError) -> Void) {
        var lineNo = 0
        var start = data.startIndex
        let bytes = [UInt8](data)
        var i = 0
        func handle(_ slice: ArraySlice<UInt8>) {
            lineNo += 1
            let trimmed = slice.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
            if trimmed.isEmpty || trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
            let place = "\(name):\(lineNo)"
            guard String(validatingUTF8Data: Data(slice)) != nil else {
                failure(InputError(code: .invalidUTF8, place: place, message: "the line is not valid UTF-8; convert the file to UTF-8"))
                return
            }
            guard let obj = try? JSONSerialization.jsonObject(with: Data(slice)), let dict = obj as? [String: Any] else {
                failure(InputError(code: .malformedJSON, place: place, message: "not a JSON object; each line must be {\"id\": …, \"text\": …}"))
                return
            }
            guard let text = dict["text"] as? String else {
                failure(InputError(code: .missingField, place: place, message: "the record has no string field \"text\""))
                return
            }
            let id = (dict["id"] as? String) ?? (dict["id"] as? Int).map(String.init) ?? (dict["doc"] as? String) ?? "\(name)#\(lineNo)"
            if text.utf8.count > maxDocumentBytes {
                failure(InputError(code: .tooLarge, place: place, message: "the text is over the \(maxDocumentBytes)-byte limit for one article"))
                return
            }
            body(InputDocument(id: id, text: text, date: (dict["date"] as? String) ?? defaultDate, url: dict["url"] as? String,
                               title: dict["title"] as? String))
        }
        while i < bytes.count {
            if bytes[i] == 0x0A { handle(bytes[start..<i]); start = i + 1 }
            i += 1
        }
        if start < bytes.count { handle(bytes[start..<bytes.count]) }
        if lineNo == 0 { failure(InputError(code: .empty, place: name, message: "no JSON Lines records")) }
    }

    func firstInvalidUTF8(_ data: Data) -> Int {
        var it = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&it) {
            case let .scalarValue(s): consumed += String(s).utf8.count; offset = consumed
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}

extension String {
    /// Decodes UTF-8, or nil when the bytes are not valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        var valid = true
        var it = data.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: valid = false; break loop
            }
        }
        guard valid else { return nil }
        self = String(decoding: data, as: UTF8.self)
    }
}
