/// The named migrations of the PostgreSQL store, applied in order and recorded in `parley_migration`.
enum PostgresSchema {
    static let migrations: [(name: String, statements: [String])] = [
        ("v1-documents-events-mentions", [
            """
            CREATE TABLE document (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL,
                text TEXT NOT NULL,
                published TEXT,
                url TEXT,
                title TEXT,
                event_count INTEGER NOT NULL CHECK (event_count >= 0))
            """,
            "CREATE INDEX document_on_content_hash ON document (content_hash)",
            """
            CREATE TABLE event (
                seq BIGSERIAL PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                type TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('occurred', 'planned')),
                cluster_key TEXT NOT NULL,
                date_start TEXT,
                date_end TEXT,
                sort_date TEXT NOT NULL,
                name_keys TEXT NOT NULL,
                span INTEGER NOT NULL CHECK (span >= 0),
                window_start TEXT,
                window_end TEXT,
                location_code TEXT,
                location_name TEXT,
                source_count INTEGER NOT NULL CHECK (source_count >= 1),
                json TEXT NOT NULL,
                search_text TEXT NOT NULL)
            """,
            "CREATE INDEX event_on_cluster_key_window_start ON event (cluster_key, window_start)",
            "CREATE INDEX event_on_type_sort_date ON event (type, sort_date, seq)",
            "CREATE INDEX event_on_sort_date ON event (sort_date, seq)",
            "CREATE INDEX event_on_span ON event (span)",
            "CREATE INDEX event_on_search_text ON event USING GIN (to_tsvector('simple', search_text))",
            """
            CREATE TABLE event_actor (
                event_seq BIGINT NOT NULL REFERENCES event (seq) ON DELETE CASCADE,
                code TEXT NOT NULL,
                name_key TEXT,
                sort_date TEXT NOT NULL,
                PRIMARY KEY (event_seq, code))
            """,
            "CREATE INDEX event_actor_on_code_sort_date ON event_actor (code, sort_date, event_seq)",
            """
            CREATE TABLE mention (
                ord BIGSERIAL NOT NULL UNIQUE,
                id TEXT PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
                event_id TEXT NOT NULL REFERENCES event (id),
                json TEXT NOT NULL,
                window_start TEXT,
                window_end TEXT,
                reason TEXT NOT NULL)
            """,
            "CREATE INDEX mention_on_document_id ON mention (document_id)",
            "CREATE INDEX mention_on_event_id ON mention (event_id)",
        ]),
        // issue 6: raw web pages of documents (their own table: documents stay small), and the state of `parley watch`
        ("v2-pages-feeds", [
            """
            CREATE TABLE page (
                document_id TEXT PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
                location TEXT NOT NULL,
                canonical_url TEXT,
                site_name TEXT,
                content_type TEXT,
                charset TEXT NOT NULL,
                date_source TEXT,
                raw_size INTEGER NOT NULL CHECK (raw_size >= 0),
                raw_gzip BYTEA NOT NULL)
            """,
            """
            CREATE TABLE feed (
                url TEXT PRIMARY KEY,
                title TEXT,
                etag TEXT,
                last_modified TEXT,
                last_polled_at TEXT,
                last_status TEXT,
                consecutive_failures INTEGER NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0))
            """,
            """
            CREATE TABLE feed_item (
                feed_url TEXT NOT NULL REFERENCES feed (url) ON DELETE CASCADE,
                key TEXT NOT NULL,
                link TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('ingested', 'failed', 'duplicate')),
                document_id TEXT,
                attempts INTEGER NOT NULL CHECK (attempts >= 0),
                last_error TEXT,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (feed_url, key))
            """,
            "CREATE INDEX feed_item_on_link ON feed_item (link)",
        ]),
    ]
}
