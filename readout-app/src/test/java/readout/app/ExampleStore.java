package readout.app;

import readout.app.cli.Main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The bundled example corpus ingested by the real pipeline once per test JVM; each test gets its own copy of
 * the store (with anything written beside it), so tests that read it or write to it do not ingest it again.
 */
public final class ExampleStore {
    private static Path ingested;

    private ExampleStore() {
    }

    /** The bundled corpus, from the module's directory or the repository's. */
    public static Path examples() {
        Path p = Path.of("..", "examples");
        return Files.isDirectory(p) ? p : Path.of("examples");
    }

    /** A fresh copy of the ingested example store in {@code dir}; returns its database file. */
    public static synchronized Path copyInto(Path dir) throws IOException {
        if (ingested == null) {
            Path d = Files.createTempDirectory("readout-examples");
            int code = Main.run("ingest", examples().toString(), "--db", d.resolve("readout.db").toString());
            if (code != 0) throw new IllegalStateException("ingest of " + examples() + " exited " + code);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(d)));
            ingested = d;
        }
        try (Stream<Path> all = Files.walk(ingested)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path to = dir.resolve(ingested.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        return dir.resolve("readout.db");
    }

    private static void delete(Path d) {
        try (Stream<Path> all = Files.walk(d)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
