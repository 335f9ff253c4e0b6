import ArgumentParser
import Foundation
import ParleyHTML

/// `parley html-text FILE...`: the main text and metadata Parley reads from web pages.
struct HTMLTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html-text",
        abstract: "Print the article text and metadata that Parley extracts from HTML pages.")

    @Argument(help: "HTML files (raw, as served: any charset, gzip or not).")
    var files: [String]

    @Option(help: "The address the page was read from (resolves relative canonical links).")
    var url: String?

    @Option(help: "Content-Type header to apply (its charset wins over the page's).")
    var contentType: String?

    @Flag(help: "One JSON object per page (file, title, date, dateSource, canonical, site, charset, body) instead of text.")
    var json = false

    func run() throws {
        let extractor = HTMLArticleExtractor()
        var failures = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("parley: \(file): cannot read the file; check the path [input.unreadable]\n".utf8))
                failures += 1
                continue
            }
            do {
                let a = try extractor.extract([UInt8](data), contentType: contentType, url: url)
                if json {
                    let obj: [String: Any] = [
                        "file": file, "title": a.title ?? NSNull(), "date": a.date ?? NSNull(), "dateSource": a.dateSource ?? NSNull(),
                        "canonical": a.canonicalURL ?? NSNull(), "site": a.siteName ?? NSNull(), "charset": a.charset, "body": a.body,
                    ]
                    let line = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])
                    FileHandle.standardOutput.write(line + Data([10]))
                } else {
                    var header = "# \(a.title ?? "-")\n# date: \(a.date ?? "-") (\(a.dateSource ?? "none"))\n"
                    header += "# canonical: \(a.canonicalURL ?? "-")\n# site: \(a.siteName ?? "-")\n# charset: \(a.charset)\n\n"
                    FileHandle.standardOutput.write(Data((header + a.body + "\n").utf8))
                }
            } catch {
                FileHandle.standardError.write(Data("parley: \(file): \(error)\n".utf8))
                failures += 1
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
