import Foundation
import ParleyExtraction
import ParleyFetch

/// `http(s)://` arguments of `extract` and `ingest`: fetched with AsyncHTTPClient and read as web pages.
enum WebInputs {
    /// Splits arguments into addresses and paths.
    static func split(_ args: [String]) -> (urls: [String], paths: [String]) {
        (args.filter(isAddress), args.filter { !isAddress($0) })
    }

    static func isAddress(_ s: String) -> Bool { s.hasPrefix("http://") || s.hasPrefix("https://") }

    /// Fetches each address (a few at a time) and reads it as a page: documents in argument order, and one message
    /// per failure. A document's id is the page's canonical address, else the address it was fetched from.
    static func read(_ urls: [String], date: String?) async -> (docs: [InputDocument], failures: [String]) {
        guard !urls.isEmpty else { return ([], []) }
        let fetcher = Fetcher()
        let reader = DocumentReader(defaultDate: date)
        var results = [Result<InputDocument, Error>?](repeating: nil, count: urls.count)
        await withTaskGroup(of: (Int, Result<InputDocument, Error>).self) { group in
            for (i, url) in urls.enumerated() {
                group.addTask {
                    do {
                        let r = try await fetcher.fetch(url)
                        var doc = try reader.page(r.body, id: r.url, location: r.url, contentType: r.contentType)
                        if let c = doc.page?.canonicalURL { doc.id = c }
                        return (i, .success(doc))
                    } catch { return (i, .failure(error)) }
                }
            }
            for await (i, r) in group { results[i] = r }
        }
        try? await fetcher.shutdown()
        var docs: [InputDocument] = [], failures: [String] = []
        for (i, r) in results.enumerated() {
            switch r {
            case .success(let d): docs.append(d)
            case .failure(let e as FetchError): failures.append(e.description)
            case .failure(let e as InputError): failures.append(e.description)
            case .failure(let e): failures.append("\(urls[i]): \(e)")
            case nil: break
            }
        }
        return (docs, failures)
    }
}
