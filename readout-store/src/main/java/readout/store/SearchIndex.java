package readout.store;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Lucene index beside the store ({@code <db>.lucene/}) over articles and their evidence sentences, each
 * tagged with the actors of its events and its date. The store is the truth: {@link #refresh} adds what
 * was stored since the last commit (recorded in the commit's user data), with upserts, so an interrupted
 * refresh is simply done again.
 */
public final class SearchIndex implements AutoCloseable {
    private static final String UP_TO = "ingestedUpTo";
    private final Directory dir;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    private SearchIndex(Directory dir) {
        this.dir = dir;
    }

    public static SearchIndex beside(EventStore store) throws IOException {
        return beside(store.file());
    }

    /** The index beside the store file {@code db}. */
    public static SearchIndex beside(Path db) throws IOException {
        return new SearchIndex(FSDirectory.open(Path.of(db.toAbsolutePath() + ".lucene")));
    }

    /** Indexes articles stored since the last refresh; returns how many. */
    public int refresh(EventStore store) throws IOException, SQLException {
        return refresh(store.connection());
    }

    /** As {@link #refresh(EventStore)}, reading the store through any connection (a read-only one will do). */
    public int refresh(java.sql.Connection connection) throws IOException, SQLException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            String upTo = null;
            if (DirectoryReader.indexExists(dir)) {
                try (DirectoryReader r = DirectoryReader.open(dir)) {
                    upTo = r.getIndexCommit().getUserData().get(UP_TO);
                }
            }
            String sql = "SELECT a.id, a.title, a.outlet, a.published, a.text, a.ingested_at, e.source_code, e.source_country,"
                    + " e.target_code, e.target_country, e.evidence_start, e.evidence_end, e.evidence_text, e.date"
                    + " FROM articles a LEFT JOIN events e ON e.article_id = a.id"
                    + (upTo == null ? "" : " WHERE a.ingested_at > ?") + " ORDER BY a.ingested_at, a.id";
            Map<String, ArticleDoc> docs = new LinkedHashMap<>();
            LocalDateTime last = upTo == null ? null : LocalDateTime.parse(upTo);
            try (PreparedStatement p = connection.prepareStatement(sql)) {
                if (upTo != null) p.setObject(1, last);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ArticleDoc d = docs.computeIfAbsent(r.getString(1), id -> new ArticleDoc());
                        if (d.id == null) {
                            d.id = r.getString(1);
                            d.title = r.getString(2);
                            d.outlet = r.getString(3);
                            d.published = r.getObject(4, LocalDate.class);
                            d.text = r.getString(5);
                            LocalDateTime at = r.getObject(6, LocalDateTime.class);
                            if (last == null || at.isAfter(last)) last = at;
                        }
                        if (r.getString(7) == null) continue;
                        String key = r.getInt(11) + ":" + r.getInt(12);
                        Sentence s = d.sentences.computeIfAbsent(key, k -> new Sentence());
                        s.start = r.getInt(11);
                        s.text = r.getString(13);
                        s.date = r.getString(14);
                        for (int col : new int[]{7, 8, 9, 10}) {
                            String a = r.getString(col);
                            if (a != null) {
                                s.actors.add(a);
                                d.actors.add(a);
                            }
                        }
                    }
                }
            }
            for (ArticleDoc d : docs.values()) {
                w.deleteDocuments(new Term("article", d.id));
                Document doc = new Document();
                doc.add(new StringField("kind", "article", Field.Store.YES));
                doc.add(new StringField("article", d.id, Field.Store.YES));
                doc.add(new TextField("text", d.text, Field.Store.NO));
                if (d.title != null) doc.add(new TextField("title", d.title, Field.Store.YES));
                if (d.outlet != null) doc.add(new StoredField("outlet", d.outlet));
                dated(doc, d.published == null ? null : d.published.toString());
                for (String a : d.actors) doc.add(new StringField("actor", a, Field.Store.NO));
                w.addDocument(doc);
                for (Sentence s : d.sentences.values()) {
                    Document sd = new Document();
                    sd.add(new StringField("kind", "sentence", Field.Store.YES));
                    sd.add(new StringField("article", d.id, Field.Store.YES));
                    sd.add(new TextField("text", s.text, Field.Store.YES));
                    sd.add(new StoredField("start", s.start));
                    dated(sd, s.date != null && s.date.length() == 10 ? s.date
                            : d.published == null ? null : d.published.toString());
                    for (String a : s.actors) sd.add(new StringField("actor", a, Field.Store.NO));
                    w.addDocument(sd);
                }
            }
            if (last != null) w.setLiveCommitData(Map.of(UP_TO, last.toString()).entrySet());
            w.commit();
            return docs.size();
        }
    }

    private static void dated(Document doc, String isoDate) {
        if (isoDate == null) return;
        int day = Integer.parseInt(isoDate.substring(0, 10).replace("-", ""));
        doc.add(new IntPoint("day", day));
        doc.add(new StoredField("date", isoDate));
    }

    /** One hit: an article (title, outlet) or an evidence sentence (its text). */
    public record Hit(String kind, String articleId, String date, String title, String outlet, String text, float score) {
    }

    /** Articles and evidence sentences matching a query, optionally naming an actor and within dates. */
    public List<Hit> search(String text, String actor, LocalDate from, LocalDate to, int limit)
            throws IOException, ParseException {
        if (!DirectoryReader.indexExists(dir)) return List.of();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        Query parsed = new MultiFieldQueryParser(new String[]{"text", "title"}, analyzer).parse(text);
        q.add(parsed, BooleanClause.Occur.MUST);
        if (actor != null) q.add(new TermQuery(new Term("actor", actor)), BooleanClause.Occur.FILTER);
        if (from != null || to != null) {
            int lo = from == null ? Integer.MIN_VALUE : Integer.parseInt(from.toString().replace("-", ""));
            int hi = to == null ? Integer.MAX_VALUE : Integer.parseInt(to.toString().replace("-", ""));
            q.add(IntPoint.newRangeQuery("day", lo, hi), BooleanClause.Occur.FILTER);
        }
        List<Hit> hits = new ArrayList<>();
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(r);
            for (ScoreDoc sd : s.search(q.build(), limit).scoreDocs) {
                Document d = s.storedFields().document(sd.doc);
                hits.add(new Hit(d.get("kind"), d.get("article"), d.get("date"), d.get("title"), d.get("outlet"),
                        d.get("kind").equals("sentence") ? d.get("text") : null, sd.score));
            }
        }
        return hits;
    }

    @Override
    public void close() throws IOException {
        dir.close();
    }

    private static final class ArticleDoc {
        String id;
        String title;
        String outlet;
        LocalDate published;
        String text;
        final Set<String> actors = new LinkedHashSet<>();
        final Map<String, Sentence> sentences = new LinkedHashMap<>();
    }

    private static final class Sentence {
        int start;
        String text;
        String date;
        final Set<String> actors = new LinkedHashSet<>();
    }
}
