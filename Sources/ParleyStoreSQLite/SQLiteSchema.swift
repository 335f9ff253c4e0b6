import GRDB

/// The named migrations of the SQLite store.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-documents-events-mentions") { db in
            try db.create(table: "document") { t in
                t.primaryKey("id", .text)
                t.column("contentHash", .text).notNull().indexed()
                t.column("text", .text).notNull()
                t.column("published", .text)
                t.column("url", .text)
                t.column("title", .text)
                t.column("eventCount", .integer).notNull().check { $0 >= 0 }
            }
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("id", .text).notNull().unique()
                t.column("type", .text).notNull()
                t.column("status", .text).notNull().check { ["occurred", "planned"].contains($0) }
                t.column("clusterKey", .text).notNull()
                t.column("dateStart", .text)
                t.column("dateEnd", .text)
                t.column("sortDate", .text).notNull()
                t.column("nameKeys", .text).notNull()
                t.column("span", .integer).notNull().check { $0 >= 0 }
                t.column("windowStart", .text)
                t.column("windowEnd", .text)
                t.column("locationCode", .text)
                t.column("locationName", .text)
                t.column("sourceCount", .integer).notNull().check { $0 >= 1 }
                t.column("json", .text).notNull()
            }
            try db.create(index: "event_on_clusterKey_windowStart", on: "event", columns: ["clusterKey", "windowStart"])
            try db.create(index: "event_on_type_sortDate", on: "event", columns: ["type", "sortDate", "seq"])
            try db.create(index: "event_on_sortDate", on: "event", columns: ["sortDate", "seq"])
            try db.create(index: "event_on_span", on: "event", columns: ["span"])
            try db.create(table: "eventActor", options: [.withoutRowID]) { t in
                t.column("eventSeq", .integer).notNull().references("event", column: "seq", onDelete: .cascade)
                t.column("code", .text).notNull()
                t.column("nameKey", .text)
                t.column("sortDate", .text).notNull()
                t.primaryKey(["eventSeq", "code"])
            }
            try db.create(index: "eventActor_on_code_sortDate", on: "eventActor", columns: ["code", "sortDate", "eventSeq"])
            // reports clustered by document (no rowid, no random-key index of their own)
            try db.create(table: "mention", options: [.withoutRowID]) { t in
                t.column("documentId", .text).notNull().references("document", onDelete: .cascade)
                t.column("id", .text).notNull()
                t.column("eventId", .text).notNull().indexed().references("event", column: "id")
                t.column("position", .integer).notNull().check { $0 >= 1 }
                t.column("json", .text).notNull()
                t.column("windowStart", .text)
                t.column("windowEnd", .text)
                t.column("reason", .text).notNull()
                t.primaryKey(["documentId", "id"])
            }
            try db.execute(sql: "CREATE VIRTUAL TABLE eventText USING fts5(text, tokenize = 'unicode61 remove_diacritics 2', detail = none, columnsize = 0)")
        }
        // issue 6: raw web pages of documents (their own table: documents stay small for search and merging),
        // and the state of `parley watch`
        m.registerMigration("v2-pages-feeds") { db in
            try db.create(table: "page") { t in
                t.primaryKey("documentId", .text).references("document", onDelete: .cascade)
                t.column("location", .text).notNull()
                t.column("canonicalURL", .text)
                t.column("siteName", .text)
                t.column("contentType", .text)
                t.column("charset", .text).notNull()
                t.column("dateSource", .text)
                t.column("rawSize", .integer).notNull().check { $0 >= 0 }
                t.column("rawGzip", .blob).notNull()
            }
            try db.create(table: "feed") { t in
                t.primaryKey("url", .text)
                t.column("title", .text)
                t.column("etag", .text)
                t.column("lastModified", .text)
                t.column("lastPolledAt", .text)
                t.column("lastStatus", .text)
                t.column("consecutiveFailures", .integer).notNull().defaults(to: 0).check { $0 >= 0 }
            }
            try db.create(table: "feedItem") { t in
                t.column("feedURL", .text).notNull().references("feed", column: "url", onDelete: .cascade)
                t.column("key", .text).notNull()
                t.column("link", .text).notNull().indexed()
                t.column("state", .text).notNull().check { ["ingested", "failed", "duplicate"].contains($0) }
                t.column("documentId", .text)
                t.column("attempts", .integer).notNull().check { $0 >= 0 }
                t.column("lastError", .text)
                t.column("updatedAt", .text).notNull()
                t.primaryKey(["feedURL", "key"])
            }
        }
        return m
    }
}
