import ArgumentParser
import Foundation
import ParleyEvaluation
import ParleyExtraction

/// `parley eval GOLD PATH...`: extract, then score against gold as shared/tools/score.py does.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against gold annotations (relaxed and strict P/R/F1, overall and per type).")

    @Argument(help: "Gold annotations (JSON Lines, one document a line).")
    var gold: String

    @Argument(help: "Articles to extract, as for `parley extract`.")
    var paths: [String]

    @Option(help: "Publication date (YYYY-MM-DD) for .txt input without one.")
    var date: String?

    @Option(help: "Fail (exit 3) when strict F1 is below this.")
    var minStrict: Double?

    @Option(help: "Fail (exit 3) when relaxed F1 is below this.")
    var minRelaxed: Double?

    func run() throws {
        guard let goldData = FileManager.default.contents(atPath: gold) else {
            throw ValidationError("cannot read the gold file \(gold)")
        }
        let extractor = try Extractor()
        var lines: [String] = []
        var failures = 0
        DocumentReader(defaultDate: date).read(paths, body: { doc in
            for e in extractor.extract(doc).events { lines.append(EventJSON.line(e)) }
        }, failure: { error in
            failures += 1
            FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
        })
        let scorer = Scorer()
        let goldDocs = try scorer.loadGold(String(decoding: goldData, as: UTF8.self))
        let preds = try scorer.loadPredictions(lines.joined(separator: "\n"))
        let (relaxed, strict) = scorer.score(gold: goldDocs, predictions: preds)
        print(scorer.format(relaxed: relaxed, strict: strict))
        if let m = minStrict, strict.overall.f1 < m {
            FileHandle.standardError.write(Data("parley: strict F1 \(strict.overall.f1) is below the bar \(m)\n".utf8))
            throw ExitCode(3)
        }
        if let m = minRelaxed, relaxed.overall.f1 < m {
            FileHandle.standardError.write(Data("parley: relaxed F1 \(relaxed.overall.f1) is below the bar \(m)\n".utf8))
            throw ExitCode(3)
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
