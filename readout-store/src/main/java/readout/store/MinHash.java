package readout.store;

/**
 * MinHash band keys for finding near-copies across an archive by a join instead of a scan (docs/adr/0013): two texts
 * whose word 3-shingles overlap by Jaccard J share at least one of {@value #BANDS} band keys with probability
 * {@code 1 - (1 - J^4)^25}: 0.9991 at the store's threshold {@link SimHash#SAME_STORY} (0.7), 0.18 at J = 0.3.
 * Candidates found this way are then confirmed by the store's own rules (SimHash distance and shingle overlap).
 */
public final class MinHash {
    /** Band keys per text. */
    public static final int BANDS = 25;
    /** Min-hashes per band. */
    public static final int ROWS = 4;

    private MinHash() {
    }

    /** The text's band keys, band i at index i; texts without shingles get keys of their whole text. */
    public static long[] bands(String text) {
        long[] shingles = SimHash.shingleHashes(text);
        if (shingles.length == 0) shingles = new long[]{SimHash.hash(text.strip())};
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long key = b;
            for (int r = 0; r < ROWS; r++) {
                long seed = mix(0x9E3779B97F4A7C15L * (b * ROWS + r + 1));
                long min = Long.MAX_VALUE;
                for (long s : shingles) min = Math.min(min, mix(s ^ seed));
                key = mix(key * 31 + min);
            }
            keys[b] = key;
        }
        return keys;
    }

    /** A 64-bit finaliser (SplitMix64): a fresh hash function per seed. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
