package readout.store;

import java.util.Locale;

/**
 * 64-bit SimHash over word 3-shingles: texts that differ in a few words get fingerprints a few bits
 * apart, so candidate near-copies of a story are found by Hamming distance, then confirmed by the
 * Jaccard overlap of their shingles.
 */
public final class SimHash {
    /** Fingerprints at most this many bits apart are candidates (short news texts drift more than web pages). */
    public static final int NEAR = 12;
    /** Share of shingles two texts must have in common to be the same story. */
    public static final double SAME_STORY = 0.7;

    private SimHash() {
    }

    public static long of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int[] weights = new int[64];
        int shingles = 0;
        for (int i = 0; i + 2 < words.length; i++) {
            if (words[i].isEmpty()) continue;
            long h = hash(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
            for (int b = 0; b < 64; b++) weights[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
            shingles++;
        }
        if (shingles == 0) return hash(text);
        long f = 0;
        for (int b = 0; b < 64; b++) if (weights[b] > 0) f |= 1L << b;
        return f;
    }

    /** Jaccard overlap of the texts' word 3-shingles. */
    public static double overlap(String a, String b) {
        java.util.Set<String> x = shingles(a);
        java.util.Set<String> y = shingles(b);
        if (x.isEmpty() || y.isEmpty()) return a.strip().equals(b.strip()) ? 1 : 0;
        int common = 0;
        for (String s : x) if (y.contains(s)) common++;
        return (double) common / (x.size() + y.size() - common);
    }

    private static java.util.Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 2 < words.length; i++) {
            if (!words[i].isEmpty()) out.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
        }
        return out;
    }

    /** The 64-bit hashes of the text's word 3-shingles (the shingles {@link #overlap} compares), for {@link MinHash}. */
    static long[] shingleHashes(String text) {
        return shingles(text).stream().mapToLong(SimHash::hash).toArray();
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** FNV-1a 64, then a murmur-style finaliser so nearby strings spread over all bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
