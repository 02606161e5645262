package readout.app.web;

import readout.store.EventStore;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link ServeWriterIT}: a writer in another process. Opens the store read-write with
 * {@link EventStore#open} (which retries a lock conflict for up to 10 s), says "open MILLIS" on stdout, holds the file
 * for the milliseconds given, and exits 0; exits 1 if it could not open the file.
 */
public final class WriterProbe {
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        long hold = Long.parseLong(args[1]);
        // load DuckDB's native library first, so that the time below is the wait for the lock only
        try (java.sql.Connection warm = java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
            warm.isValid(1);
        }
        long t0 = System.nanoTime();
        try (EventStore store = EventStore.open(db)) {
            System.out.println("open " + (System.nanoTime() - t0) / 1_000_000);
            System.out.flush();
            Thread.sleep(hold);
        } catch (java.sql.SQLException e) {
            System.out.println("failed " + (System.nanoTime() - t0) / 1_000_000 + " " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }
}
