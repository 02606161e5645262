package readout.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import readout.analysis.cluster.Clusters;
import readout.analysis.readouts.Readouts;
import readout.analysis.relations.Lean;
import readout.app.answers.Accounts;
import readout.app.answers.Briefs;
import readout.app.answers.Slices;
import readout.store.EventQuery;
import readout.store.Queries;
import readout.store.SearchIndex;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

/** The read endpoints: each answers over a connection to the server's shared read-only instance ({@link SharedReader}). */
final class Api {
    private final Path db;
    private final SharedReader reader;
    private final Lock readLock;
    private final ObjectMapper json;
    private final Object searchIndexLock = new Object();

    Api(Path db, SharedReader reader, Lock readLock, ObjectMapper json) {
        this.db = db;
        this.reader = reader;
        this.readLock = readLock;
        this.json = json;
    }

    /** A question answered over a connection to the shared read-only instance. */
    @FunctionalInterface
    interface Question<T> {
        T ask(Queries q, Connection c) throws Exception;
    }

    private <T> T read(Question<T> question) throws Exception {
        readLock.lock();
        try {
            Connection c = reader.acquire();
            try {
                return question.ask(new Queries(c), c);
            } finally {
                reader.done(c);
            }
        } finally {
            readLock.unlock();
        }
    }

    /** A failure to reach the store as the status and reason a caller can act on; anything else is a bare 500. */
    static ApiError storeError(Exception e, Path db) {
        if (e instanceof NoSuchFileException) return new ApiError(503, "no store at " + db + " yet: ingest first");
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof SQLException && (m.contains("lock") || m.contains("Conflicting"))) {
            return new ApiError(503, "the store is being written by another process; retry shortly");
        }
        return new ApiError(500, "internal error (" + e.getClass().getSimpleName() + ")");
    }

    void events(Context ctx) throws Exception {
        Params p = new Params(ctx);
        EventQuery q = p.filters(p.limit());
        int offset = p.offset();
        boolean csv = p.oneOf("format", "json", "json", "csv").equals("csv");
        List<Queries.EventRow> rows = read((s, c) -> s.events(q, offset));
        if (csv) {
            StringBuilder b = new StringBuilder("id,articleId,date,source,cameo,target,plover,modality,goldstein,speaker,outlet,"
                    + "title,url,evidence,pattern\r\n");
            for (Queries.EventRow r : rows) {
                b.append(String.join(",", csv(r.id()), csv(r.articleId()), csv(r.date()), csv(r.source()), csv(r.cameo()),
                        csv(r.target()), csv(r.plover()), csv(r.modality()), Double.toString(r.goldstein()), csv(r.speaker()),
                        csv(r.outlet()), csv(r.title()), csv(r.url()), csv(r.evidence()), csv(r.pattern()))).append("\r\n");
            }
            ctx.contentType("text/csv; charset=utf-8").result(b.toString());
        } else {
            ctx.json(page(rows, q.limit(), offset));
        }
    }

    void dyads(Context ctx) throws Exception {
        Params p = new Params(ctx);
        EventQuery q = p.filters(p.integer("limit", 20, 1, Params.MAX_LIMIT));
        int offset = p.offset();
        ctx.json(page(read((s, c) -> s.topDyads(q, offset)), q.limit(), offset));
    }

    void series(Context ctx) throws Exception {
        Params p = new Params(ctx);
        String a = Params.code("a", ctx.pathParam("a"));
        String b = Params.code("b", ctx.pathParam("b"));
        String by = p.oneOf("by", "month", "day", "week", "month");
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        List<Queries.Period> periods = read((s, c) -> s.dyadSeries(a, b, by, from, to));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Queries.Period x : periods) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start", x.start());
            m.put("events", x.events());
            m.put("goldsteinSum", x.goldsteinSum());
            m.put("goldsteinMean", x.goldsteinMean());
            m.put("quadClass", x.quadClass());
            out.add(m);
        }
        ctx.json(Map.of("a", a, "b", b, "by", by, "periods", out));
    }

    void clusters(Context ctx) throws Exception {
        Params p = new Params(ctx);
        EventQuery q = p.filters(p.integer("limit", 20, 1, Params.MAX_LIMIT));
        int offset = p.offset();
        List<Clusters.Cluster> all = read((s, c) -> Slices.clusters(s, q));
        List<Map<String, Object>> rows = all.stream().skip(offset).limit(q.limit()).map(Api::cluster).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", all.size());
        out.putAll(page(rows, q.limit(), offset));
        ctx.json(out);
    }

    static Map<String, Object> cluster(Clusters.Cluster c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", c.source());
        m.put("target", c.target());
        m.put("symmetric", c.symmetric());
        m.put("root", c.root());
        m.put("cameo", c.cameo());
        m.put("first", c.first().toString());
        m.put("last", c.last().toString());
        m.put("mentions", c.mentions());
        m.put("stories", c.articles());
        m.put("outlets", c.outlets());
        m.put("topics", c.topics());
        m.put("best", Map.of("eventId", c.best().eventId(), "articleId", c.best().articleId(),
                "outlet", String.valueOf(c.best().outlet()), "evidence", String.valueOf(c.best().evidence())));
        return m;
    }

    void readouts(Context ctx) throws Exception {
        Params p = new Params(ctx);
        List<String> between = p.codes("between", 2, false, "KOR,CHN");
        if (between == null) throw ApiError.badRequest("missing parameter between (e.g. between=KOR,CHN)");
        LocalDate date = p.date("date");
        String a = between.get(0);
        String b = between.get(1);
        Optional<Accounts.Found> found = read((s, c) -> Accounts.compare(s,
                Slices.clusters(s, new EventQuery(null, a, b, null, null, null, null, null, false, 1)), a, b, date, null));
        if (found.isEmpty()) {
            throw new ApiError(404, "no call or meeting between " + a + " and " + b + " is stored" + (date == null ? "" : " on " + date));
        }
        Readouts.Comparison cmp = found.get().comparison();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("interaction", cluster(found.get().talk()));
        out.put("a", Map.of("side", a, "topics", cmp.topicsA(), "statements", cmp.statementsA(), "reports", cmp.reportsA()));
        out.put("b", Map.of("side", b, "topics", cmp.topicsB(), "statements", cmp.statementsB(), "reports", cmp.reportsB()));
        List<Map<String, Object>> omissions = new ArrayList<>();
        for (Readouts.Omission o : cmp.omissions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topic", o.topic());
            m.put("omittedBy", o.omittedBy());
            m.put("raisedBy", o.raisedBy());
            m.put("kind", o.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("explicit", o.explicit().stream().map(Api::quote).toList());
            m.put("raised", o.raised().stream().map(Api::quote).toList());
            m.put("accountReports", o.accountReports());
            omissions.add(m);
        }
        out.put("omissions", omissions);
        ctx.json(out);
    }

    private static Map<String, Object> quote(Readouts.Statement s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("side", s.side());
        m.put("articleId", s.articleId());
        m.put("outlet", s.outlet());
        m.put("evidence", s.evidence());
        return m;
    }

    void lean(Context ctx) throws Exception {
        Params p = new Params(ctx);
        String x = p.code("x");
        if (x == null) throw ApiError.badRequest("missing parameter x (e.g. x=CHN)");
        List<String> between = p.codes("between", 2, false, "KOR,PRK");
        if (between == null) throw ApiError.badRequest("missing parameter between (e.g. between=KOR,PRK)");
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        String a = between.get(0);
        String b = between.get(1);
        List<Lean.Observation> obs = read((s, c) -> s.sideEvents(x, a, b, from, to).stream()
                .map(e -> new Lean.Observation(e.articleId(), e.sideA(), e.goldstein(), e.month())).toList());
        long seed = 20250610L;
        List<Lean.Month> months = Lean.byMonth(x, a, b, obs, seed);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lean", Lean.of(x, a, b, obs, seed));
        out.put("resamples", Lean.RESAMPLES);
        out.put("months", months);
        out.put("biggestShifts", Lean.biggestShifts(months, 2).stream().map(Lean.Month::month).toList());
        ctx.json(out);
    }

    void brief(Context ctx) throws Exception {
        Params p = new Params(ctx);
        List<String> actors = p.codes("actors", 1, true, "KOR,CHN");
        if (actors == null) throw ApiError.badRequest("missing parameter actors (e.g. actors=KOR,CHN)");
        List<String> lean = p.codes("lean", 3, false, "CHN,KOR,PRK");
        boolean html = p.oneOf("format", "md", "md", "html").equals("html");
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        String text = read((s, c) -> Briefs.write(s, Slices.clustersOf(s, actors, null, null), actors, from, to, lean, html, null));
        ctx.contentType(html ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8").result(text);
    }

    void search(Context ctx) throws Exception {
        Params p = new Params(ctx);
        String text = p.required("q", "denuclearization");
        String actor = p.code("actor");
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        int limit = p.limit();
        List<SearchIndex.Hit> hits = read((s, c) -> {
            try (SearchIndex index = SearchIndex.beside(db)) {
                synchronized (searchIndexLock) {
                    index.refresh(c);
                }
                return index.search(text, actor, from, to, limit);
            } catch (org.apache.lucene.queryparser.classic.ParseException e) {
                throw ApiError.badRequest("q is not a valid query (Lucene syntax): " + Params.clip(text));
            } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
                throw ApiError.badRequest("q expands to too many terms: " + Params.clip(text));
            }
        });
        ctx.json(Map.of("q", text, "hits", hits));
    }

    void article(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        if (id.length() > 500) throw ApiError.badRequest("article id longer than 500 characters");
        Map<String, Object> out = read((s, c) -> {
            Queries.ArticleText a = s.articleText(id);
            if (a == null) return null;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article", a);
            m.put("events", s.spans(id));
            return m;
        });
        if (out == null) throw new ApiError(404, "no article " + Params.clip(id) + " is stored");
        ctx.json(out);
    }

    /** A page of rows with how it was cut. */
    private static Map<String, Object> page(List<?> rows, int limit, int offset) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("limit", limit);
        m.put("offset", offset);
        m.put("count", rows.size());
        m.put("items", rows);
        return m;
    }

    private static String csv(String v) {
        if (v == null) return "";
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
