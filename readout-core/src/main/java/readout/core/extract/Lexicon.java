package readout.core.extract;

import readout.core.Resources;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event lexicon ({@code lexicon/events.tsv}): verbs, verb+preposition pairs, nouns and verb>noun pairs
 * with their CAMEO codes and flags, plus every inflected form of its words for the cheap pre-filter.
 */
public final class Lexicon {

    /** One lexicon row. {@code code} is null for words that only carry a flag (speech, intent, negate); {@code origin} is file:line. */
    public record Sense(String key, String code, Set<String> flags, String origin) {
        public boolean has(String flag) {
            return flags.contains(flag);
        }
    }

    private static final Lexicon STANDARD = load("lexicon/events.tsv");

    /** What a word form can carry, for the pre-filter. */
    public enum Trigger {
        /** no event */
        NONE,
        /** an event between two actors: worth parsing only where two sides are named */
        DYADIC,
        /** an event one named actor can carry: a response ("agreed") or a statement ("did not mention") */
        MONADIC
    }

    private final Map<String, Sense> senses;
    private final Map<String, Trigger> triggerForms;
    private final String checksum;

    private Lexicon(Map<String, Sense> senses, Map<String, Trigger> triggerForms, String checksum) {
        this.senses = Map.copyOf(senses);
        this.triggerForms = Map.copyOf(triggerForms);
        this.checksum = checksum;
    }

    public static Lexicon standard() {
        return STANDARD;
    }

    public Sense verb(String lemma) {
        return senses.get(lemma);
    }

    public Sense verb(String lemma, String prep) {
        return senses.get(lemma + "+" + prep);
    }

    public Sense noun(String lemma) {
        return senses.get("n:" + lemma);
    }

    public Sense noun(String lemma, String prep) {
        return senses.get("n:" + lemma + "+" + prep);
    }

    public Sense pair(String verbLemma, String nounLemma) {
        return senses.get(verbLemma + ">" + nounLemma);
    }

    /** Every CAMEO code the lexicon assigns, for validation against the ontology. */
    public Set<String> codes() {
        Set<String> codes = new HashSet<>();
        for (Sense s : senses.values()) if (s.code() != null) codes.add(s.code());
        return codes;
    }

    /**
     * SHA-256 (first 12 hex digits) over the bytes of every file this lexicon was read from, in load order,
     * for provenance: a reader that loads more files must feed each one to the same digest.
     */
    public String checksum() {
        return checksum;
    }

    /** What a lower-cased word form may carry (used before parsing). */
    public Trigger trigger(String lowerWord) {
        return triggerForms.getOrDefault(lowerWord, Trigger.NONE);
    }

    private static Lexicon load(String resource) {
        Map<String, Sense> senses = new HashMap<>();
        Map<String, Trigger> forms = new HashMap<>();
        MessageDigest digest = Resources.sha256();
        byte[] bytes = Resources.bytes(resource);
        digest.update(bytes);
        int n = 0;
        for (String line : Resources.lines(bytes)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 2) throw new IllegalStateException(resource + ":" + n + ": needs key and code");
            String key = f[0].trim();
            String code = f[1].trim().equals("-") ? null : f[1].trim();
            Set<String> flags = f.length > 2 ? Set.of(f[2].trim().split("\\s*,\\s*")) : Set.of();
            senses.put(key, new Sense(key, code, flags, resource + ":" + n));
            boolean contentful = code != null || flags.contains("negate");
            Trigger kind = flags.contains("resp") || flags.contains("mono") || flags.contains("negate")
                    ? Trigger.MONADIC : Trigger.DYADIC;
            if (contentful) {
                for (String form : forms(key)) {
                    forms.merge(form, kind, (a, b) -> a == Trigger.MONADIC || b == Trigger.MONADIC ? Trigger.MONADIC : a);
                }
            }
        }
        return new Lexicon(senses, forms, HexFormat.of().formatHex(digest.digest()).substring(0, 12));
    }

    private static Set<String> forms(String key) {
        Set<String> forms = new HashSet<>();
        String k = key.startsWith("n:") ? key.substring(2) : key;
        String[] parts = k.split("[>+]");
        // in "call+on" only the verb is a trigger; in "lift>sanction" both words are
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty() && (i == 0 || key.contains(">"))) forms.addAll(Inflection.forms(parts[i]));
        }
        return forms;
    }

    /** Surface forms of an English lemma, regular rules plus the irregular verbs news uses. */
    static final class Inflection {
        private static final Map<String, List<String>> IRREGULAR = Map.ofEntries(
                Map.entry("meet", List.of("met")), Map.entry("hold", List.of("held")),
                Map.entry("tell", List.of("told")), Map.entry("say", List.of("said")),
                Map.entry("seek", List.of("sought")), Map.entry("strike", List.of("struck", "stricken")),
                Map.entry("fight", List.of("fought")), Map.entry("send", List.of("sent")),
                Map.entry("speak", List.of("spoke", "spoken")), Map.entry("fly", List.of("flew", "flown", "flies")),
                Map.entry("withdraw", List.of("withdrew", "withdrawn")), Map.entry("forgive", List.of("forgave", "forgiven")),
                Map.entry("shoot", List.of("shot")), Map.entry("write", List.of("wrote", "written")),
                Map.entry("keep", List.of("kept")), Map.entry("set", List.of("set")),
                Map.entry("deny", List.of("denied", "denies")), Map.entry("ally", List.of("allied")),
                Map.entry("apply", List.of("applied")), Map.entry("supply", List.of("supplied", "supplies")),
                Map.entry("bring", List.of("brought")), Map.entry("lead", List.of("led")),
                Map.entry("fail", List.of("failed")), Map.entry("slam", List.of("slammed", "slamming")),
                Map.entry("plan", List.of("planned", "planning")), Map.entry("ban", List.of("banned", "banning")),
                Map.entry("chat", List.of("chatted", "chatting")), Map.entry("commit", List.of("committed", "committing")),
                Map.entry("rebut", List.of("rebutted")), Map.entry("omit", List.of("omitted", "omitting")),
                Map.entry("mum", List.of("mum")), Map.entry("break", List.of("broke", "broken")),
                Map.entry("take", List.of("took", "taken")), Map.entry("give", List.of("gave", "given")),
                Map.entry("freeze", List.of("froze", "frozen")), Map.entry("tear", List.of("tore", "torn")),
                Map.entry("lend", List.of("lent")), Map.entry("sell", List.of("sold")),
                Map.entry("seize", List.of("seized")), Map.entry("swap", List.of("swapped", "swapping")),
                Map.entry("stand", List.of("stood")), Map.entry("begin", List.of("began", "begun")),
                Map.entry("draw", List.of("drew", "drawn")), Map.entry("throw", List.of("threw", "thrown")),
                Map.entry("hit", List.of("hit", "hitting")), Map.entry("cut", List.of("cut", "cutting")),
                Map.entry("shut", List.of("shut")), Map.entry("spread", List.of("spread")),
                Map.entry("win", List.of("won")), Map.entry("lose", List.of("lost")));

        static Set<String> forms(String lemma) {
            Set<String> f = new HashSet<>();
            f.add(lemma);
            f.addAll(IRREGULAR.getOrDefault(lemma, List.of()));
            if (lemma.endsWith("y") && lemma.length() > 2 && !"aeiou".contains(lemma.substring(lemma.length() - 2,
                    lemma.length() - 1))) {
                String stem = lemma.substring(0, lemma.length() - 1);
                f.add(stem + "ies");
                f.add(stem + "ied");
            } else if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                    || lemma.endsWith("z")) {
                f.add(lemma + "es");
            } else {
                f.add(lemma + "s");
            }
            if (lemma.endsWith("e")) {
                f.add(lemma + "d");
                f.add(lemma.substring(0, lemma.length() - 1) + "ing");
            } else {
                f.add(lemma + "ed");
                f.add(lemma + "ing");
                char last = lemma.charAt(lemma.length() - 1);
                if ("bdglmnprt".indexOf(last) >= 0) { // travelled, shelled, omitted: over-generating is harmless here
                    f.add(lemma + last + "ed");
                    f.add(lemma + last + "ing");
                }
            }
            if (lemma.equals("talk")) f.add("talks");
            return f;
        }
    }
}
