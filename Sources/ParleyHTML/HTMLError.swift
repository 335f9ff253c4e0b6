/// A page that cannot be read as an article: a stable code, and a message that says what to do.
public struct HTMLError: Error, CustomStringConvertible, Sendable, Hashable {
    /// Stable error codes.
    public enum Code: String, Sendable {
        /// No bytes, or only whitespace.
        case empty = "html.empty"
        /// The bytes are not text (NUL bytes, an image, an archive).
        case binary = "html.binary"
        /// Over the size limit, compressed or not.
        case tooLarge = "html.too-large"
        /// A gzip stream that cannot be inflated.
        case badCompression = "html.bad-compression"
        /// A declared charset that this system cannot decode (and the bytes are not UTF-8).
        case unsupportedCharset = "html.unsupported-charset"
        /// libxml2 returned no document at all.
        case unparsable = "html.unparsable"
        /// The page parsed, but holds no article text.
        case noText = "html.no-text"
    }
    public var code: Code
    public var message: String
    public init(_ code: Code, _ message: String) { self.code = code; self.message = message }
    public var description: String { "\(message) [\(code.rawValue)]" }
}
