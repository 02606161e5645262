package readout.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** Reading Readout's own data files from the class path, and the digest their checksums use. */
public final class Resources {
    private Resources() {
    }

    /** The bytes of a class-path resource; fails naming the resource when it is missing. */
    public static byte[] bytes(String resource) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("data file missing from the class path: " + resource
                    + " (rebuild with mvn package; generated files come from scripts/gen-kb.sh)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** True when a class-path resource exists. */
    public static boolean exists(String resource) {
        return Resources.class.getClassLoader().getResource(resource) != null;
    }

    /** A resource's lines, UTF-8. */
    public static List<String> lines(String resource) {
        return lines(bytes(resource));
    }

    public static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
