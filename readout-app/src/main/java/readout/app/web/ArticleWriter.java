package readout.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import readout.app.ingest.InputRecord;
import readout.app.ingest.Inputs;
import readout.core.Coder;
import readout.core.model.CodedArticle;
import readout.core.model.Event;
import readout.store.EventStore;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * The server's one writer: {@code POST /api/articles} bodies read as the CLI reads a JSON Lines file (the same
 * reasons for a bad record), coded, and stored through {@link EventStore} as {@code readout ingest} stores them,
 * each article with its events or not at all. Coding holds one coder, built on first use; storing holds the store's write lock,
 * so no request of this server reads while the file is open for writing.
 */
final class ArticleWriter {
    /** Records per request at most. */
    static final int MAX_RECORDS = 1000;

    /** One article's outcome: stored, near-copy of a stored one, already stored, or refused by the coder. */
    record Outcome(String id, String outcome, String duplicateOf, String error, List<Event> events) {
    }

    /** A record that could not be read, with where it was and why. */
    record Problem(String record, String error) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path db;
    private final Supplier<Coder> coders;
    private final Lock storeLock;
    /** Run under the write lock before the file is opened: lets go of the server's shared read-only instance. */
    private final Runnable beforeOpen;
    private Coder coder;

    ArticleWriter(Path db, Supplier<Coder> coders, Lock storeLock, Runnable beforeOpen) {
        this.beforeOpen = beforeOpen;
        this.db = db;
        this.coders = coders;
        this.storeLock = storeLock;
    }

    /** The body's records; a 400 listing every unreadable record (with the CLI's reasons) if any is. */
    static List<InputRecord> read(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest("invalid UTF-8 in the body (send UTF-8)");
        }
        if (text.isBlank()) throw ApiError.badRequest("empty body: send one JSON article or JSON Lines of articles");
        List<InputRecord> records = new ArrayList<>();
        if (singleObject(text)) {
            records.add(Inputs.record(text, "body"));
        } else {
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) continue;
                records.add(Inputs.record(lines[i], "line " + (i + 1)));
                if (records.size() > MAX_RECORDS) {
                    throw new ApiError(413, "more than " + MAX_RECORDS + " records in one request; send them in parts");
                }
            }
        }
        List<Problem> problems = records.stream().filter(r -> r.article() == null)
                .map(r -> new Problem(r.id(), r.error())).toList();
        if (!problems.isEmpty()) throw new BadRecords(problems);
        return records;
    }

    /** The whole body is one JSON object (perhaps over several lines), not JSON Lines. */
    private static boolean singleObject(String text) {
        try {
            JsonNode n = JSON.readerFor(JsonNode.class)
                    .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(text);
            return n != null && n.isObject();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A body with unreadable records: 400, each with its reason; nothing is stored. */
    static final class BadRecords extends RuntimeException {
        final List<Problem> problems;

        BadRecords(List<Problem> problems) {
            super(problems.size() + " unreadable record(s): " + problems.get(0).record() + ": " + problems.get(0).error(),
                    null, false, false);
            this.problems = problems;
        }
    }

    /** Codes and stores the records; returns each one's outcome and events. */
    List<Outcome> write(List<InputRecord> records) throws SQLException {
        List<CodedArticle> coded = new ArrayList<>();
        synchronized (this) { // one coder, thread-confined: requests code one after another
            if (coder == null) coder = coders.get();
            for (InputRecord r : records) coded.add(coder.code(r.article()));
        }
        List<Outcome> out = new ArrayList<>();
        storeLock.lock();
        // one DuckDB instance per file in this process: the shared read-only one goes before the read-write one opens
        // (POSIX file locks do not keep two instances of one process apart)
        try (EventStore store = open()) {
            for (int i = 0; i < records.size(); i++) {
                InputRecord r = records.get(i);
                CodedArticle c = coded.get(i);
                if (c.error() != null) {
                    store.logFailure(r.id(), c.error());
                    out.add(new Outcome(r.id(), "failed", null, c.error(), List.of()));
                } else if (store.contains(r.article())) {
                    store.logDuplicate(r.id());
                    out.add(new Outcome(r.article().id(), "duplicate", null, null, List.of()));
                } else {
                    EventStore.Added added = store.add(r.article(), c, "api");
                    String outcome = switch (added.outcome()) {
                        case STORED -> "stored";
                        case NEAR_DUPLICATE -> "near-duplicate";
                        case DUPLICATE -> "duplicate";
                    };
                    out.add(new Outcome(added.articleId() == null ? r.article().id() : added.articleId(), outcome,
                            added.duplicateOf(), null, added.outcome() == EventStore.Outcome.DUPLICATE ? List.of() : c.events()));
                }
            }
            store.commit();
        } finally {
            storeLock.unlock();
        }
        return out;
    }

    private EventStore open() throws SQLException {
        beforeOpen.run();
        return EventStore.open(db);
    }
}
