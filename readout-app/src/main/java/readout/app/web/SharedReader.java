package readout.app.web;

import org.duckdb.DuckDBConnection;
import readout.store.EventStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One read-only DuckDB instance over the store, shared by the read requests (each gets its own
 * {@link DuckDBConnection#duplicate() duplicate} of it), opened on the first request and let go so that a writer in
 * another process can get the file (see docs/adr/0012-serve-reads-read-only.md):
 * <ul>
 *   <li>when no request has used it for {@code idleMillis};</li>
 *   <li>when a writer says it is waiting ({@link EventStore#writerWaiting}): at once, once the requests under way end;</li>
 *   <li>and in any case after {@code maxHoldMillis}, for {@code gapMillis} during which new requests wait, so that a
 *   writer that does not announce itself still gets in within its retry window.</li>
 * </ul>
 * Once let go it is re-opened by the next request, which then sees what the writer committed; while a writer holds the
 * file, that open fails with DuckDB's lock error and the request answers 503 as before.
 */
final class SharedReader implements AutoCloseable {
    private final Path db;
    private final long idleNanos;
    private final long maxHoldNanos;
    private final long gapNanos;
    private final ScheduledExecutorService janitor;

    // all guarded by this
    private DuckDBConnection shared;
    private long openedAt;
    private long lastUsed;
    private int active;
    /** No new request may take the instance: it is let go as soon as {@link #active} reaches 0. */
    private boolean draining;
    /** Before this instant (nanoTime) no re-open: the gap a writer can get in through. */
    private long reopenNotBefore;
    private boolean closed;
    private long opens;

    SharedReader(Path db, long idleMillis, long maxHoldMillis, long gapMillis) {
        this.db = db;
        this.idleNanos = idleMillis * 1_000_000L;
        this.maxHoldNanos = maxHoldMillis * 1_000_000L;
        this.gapNanos = gapMillis * 1_000_000L;
        this.janitor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "readout-shared-reader");
            t.setDaemon(true);
            return t;
        });
        long tick = Math.max(10, Math.min(50, idleMillis / 4));
        janitor.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** A connection for one request; hand it back with {@link #done} (which closes it, not the shared instance). */
    Connection acquire() throws SQLException, java.nio.file.NoSuchFileException, InterruptedException {
        synchronized (this) {
            while (true) {
                if (closed) throw new SQLException("the server is stopping");
                long now = System.nanoTime();
                if (draining) {
                    wait(20);
                } else if (shared == null && now < reopenNotBefore) {
                    long ms = Math.max(1, (reopenNotBefore - now) / 1_000_000L);
                    wait(ms);
                } else {
                    break;
                }
            }
            if (shared == null) {
                shared = (DuckDBConnection) EventStore.readOnly(db);
                openedAt = System.nanoTime();
                opens++;
            }
            active++;
            lastUsed = System.nanoTime();
            try {
                return shared.duplicate();
            } catch (SQLException | RuntimeException e) {
                release();
                throw e;
            }
        }
    }

    /** Closes a request's connection and hands the shared instance back. */
    void done(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the duplicate only
        } finally {
            release();
        }
    }

    private synchronized void release() {
        active--;
        lastUsed = System.nanoTime();
        if (active == 0 && draining) letGo(gapNanos);
        notifyAll();
    }

    /** Lets go of the instance now (the caller makes sure no request is using it, e.g. under the server's write lock). */
    synchronized void letGoNow() {
        if (active == 0) letGo(0);
    }

    /** How many times the instance was opened (for tests). */
    synchronized long opens() {
        return opens;
    }

    /** Whether the instance is open now (for tests). */
    synchronized boolean isOpen() {
        return shared != null;
    }

    private void tick() {
        synchronized (this) {
            if (shared == null || draining) return;
            long now = System.nanoTime();
            if (active == 0 && now - lastUsed >= idleNanos) {
                letGo(0);
            } else if (now - openedAt >= maxHoldNanos || EventStore.writerWaiting(db)) {
                draining = true;
                if (active == 0) letGo(gapNanos);
            }
        }
    }

    /** Closes the instance, no re-open for {@code gap}; caller holds the monitor and {@code active == 0}. */
    private void letGo(long gap) {
        draining = false;
        if (shared != null) {
            try {
                shared.close();
            } catch (SQLException ignored) {
                // a read-only instance: nothing to lose
            }
            shared = null;
        }
        reopenNotBefore = System.nanoTime() + gap;
        notifyAll();
    }

    @Override
    public void close() {
        janitor.shutdownNow();
        synchronized (this) {
            closed = true;
            letGo(0);
        }
    }
}
