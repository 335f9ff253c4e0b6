import ParleyExtraction

extension CorpusGenerator {
    /// Exactly `count` generated documents, with ids `gen-1`…`gen-N`.
    mutating func documents(count: Int) -> [InputDocument] {
        (1...max(1, count)).map { i in
            var d = corpus(bytes: 1)[0]
            d.id = "gen-\(i)"
            return d
        }.prefix(count).map { $0 }
    }
}
