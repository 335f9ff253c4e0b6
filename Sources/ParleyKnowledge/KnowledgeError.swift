/// An error in the knowledge-base data files, with a stable code and the file and line to fix.
public struct KnowledgeError: Error, CustomStringConvertible, Sendable {
    /// Stable error codes.
    public enum Code: String, Sendable { case missingData = "kb.missing-data", malformedLine = "kb.malformed-line" }
    public var code: Code
    public var message: String
    public init(_ code: Code, _ message: String) { self.code = code; self.message = message }
    public var description: String { "\(code.rawValue): \(message)" }
}
