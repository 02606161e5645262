package readout.core.extract;

import readout.core.Resources;
import readout.core.extract.EventPattern.Condition;
import readout.core.extract.EventPattern.Flag;
import readout.core.nlp.ParsedSentence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event patterns (format in docs/patterns.md), indexed by trigger lemma so that a sentence tries only
 * its own words' patterns; the most specific pattern whose conditions hold wins. Files are read in order of
 * precedence: a user's files ({@code --lexicon}), the hand-curated {@code lexicon/events.tsv}, then the rows
 * generated from the PETRARCH2/Phoenix dictionaries. A trigger word that an earlier file defines is that
 * file's alone: a later file's rows for it are shadowed, so the hand-curated rows win wherever they speak and
 * the generated ones add breadth where they are silent. A row flagged {@code add} adds its sense without
 * claiming the word. Immutable and shared by every coder thread.
 */
public final class Lexicon {
    /** The built-in pattern files, hand-curated first. */
    public static final List<String> BUILT_IN = List.of("lexicon/events.tsv", "lexicon/phoenix-verbs.tsv");
    /** Contest verbs and the cues of a sport (lexicon/contests.tsv): a match is not a fight. */
    public static final String CONTESTS = "lexicon/contests.tsv";

    private static volatile Lexicon builtIn;

    /** What a word form can carry, for the pre-filter. */
    public enum Trigger {
        /** no event */
        NONE,
        /** an event between two actors: worth parsing only where two sides are named */
        DYADIC,
        /** an event one named actor can carry: a response ("agreed") or a statement ("did not mention") */
        MONADIC
    }

    private final Map<String, List<EventPattern>> verbs;
    private final Map<String, List<EventPattern>> nouns;
    private final Map<String, Trigger> triggerForms;
    private final Map<String, Trigger> verbLemmas;
    private final Map<String, Trigger> nounLemmas;
    private final Set<String> weapons;
    private final Set<String> contestVerbs;
    private final java.util.regex.Pattern contestCue;
    private final String checksum;

    private Lexicon(Builder b) {
        Comparator<EventPattern> bySpecificity = Comparator.comparingInt(EventPattern::specificity).reversed();
        Map<String, List<EventPattern>> v = new HashMap<>();
        Map<String, List<EventPattern>> n = new HashMap<>();
        for (EventPattern p : b.patterns) (p.noun() ? n : v).computeIfAbsent(p.trigger(), k -> new ArrayList<>()).add(p);
        v.replaceAll((k, l) -> l.stream().sorted(bySpecificity).toList()); // stable: file order breaks ties
        n.replaceAll((k, l) -> l.stream().sorted(bySpecificity).toList());
        this.verbs = Map.copyOf(v);
        this.nouns = Map.copyOf(n);
        this.triggerForms = Map.copyOf(b.forms);
        this.verbLemmas = Map.copyOf(b.verbLemmas);
        this.nounLemmas = Map.copyOf(b.nounLemmas);
        this.weapons = Set.copyOf(b.weapons);
        this.contestVerbs = Set.copyOf(b.contestVerbs);
        this.contestCue = b.contestCues.isEmpty() ? null
                : java.util.regex.Pattern.compile(String.join("|", b.contestCues), java.util.regex.Pattern.CASE_INSENSITIVE);
        this.checksum = HexFormat.of().formatHex(b.digest.digest()).substring(0, 12);
    }

    /** The built-in patterns, loaded once. */
    public static Lexicon builtIn() {
        Lexicon l = builtIn;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (builtIn == null) builtIn = builder().build();
                l = builtIn;
            }
        }
        return l;
    }

    /** A builder that starts with the user's files and ends with the built-in ones. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects pattern files; {@link #build()} adds the built-in files after the user's. */
    public static final class Builder {
        private final List<EventPattern> patterns = new ArrayList<>();
        private final Set<String> signatures = new HashSet<>();
        /** Trigger words (with "n:" for nouns) defined by the files read before the current one. */
        private final Set<String> earlier = new HashSet<>();
        private final Map<String, Trigger> forms = new HashMap<>();
        private final Map<String, Trigger> verbLemmas = new HashMap<>();
        private final Map<String, Trigger> nounLemmas = new HashMap<>();
        /** Lemmas and word forms of the nouns flagged {@code weapon}. */
        private final Set<String> weapons = new HashSet<>();
        private final MessageDigest digest = Resources.sha256();

        /** Adds a user's pattern file; its rows win over the built-in ones. */
        public Builder add(Path file) {
            try {
                read(file.toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read pattern file " + file + ": " + e.getMessage(), e);
            }
            return this;
        }

        public Lexicon build() {
            for (String r : BUILT_IN) {
                if (Resources.exists(r)) read(r, Resources.bytes(r));
            }
            if (Resources.exists(CONTESTS)) readContests(CONTESTS, Resources.bytes(CONTESTS));
            return new Lexicon(this);
        }

        private final Set<String> contestVerbs = new HashSet<>();
        private final List<String> contestCues = new ArrayList<>();

        /** Reads the contests file ({@code kind, value}): contest verbs and the cues of a sport. */
        private void readContests(String name, byte[] bytes) {
            digest.update(bytes);
            int n = 0;
            for (String line : Resources.lines(bytes)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[1].isBlank()) throw new IllegalArgumentException(name + ":" + n + ": a row needs a kind and a value");
                String v = f[1].trim();
                switch (f[0].trim()) {
                    case "verb" -> contestVerbs.add(v);
                    case "cue" -> contestCues.add(v.startsWith("re:") ? "(?:" + v.substring(3) + ")"
                            : "\\b" + java.util.regex.Pattern.quote(v) + "\\b");
                    default -> throw new IllegalArgumentException(name + ":" + n + ": kind must be verb or cue, not '" + f[0] + "'");
                }
            }
        }

        /** Word classes defined so far ({@code @aid}, {@code @arms}), for conditions to name. */
        private final Map<String, Set<String>> classes = new HashMap<>();

        /** A word class, {@code @name<TAB>word|word|...}: a list a condition names instead of repeating it. */
        private void defineClass(String line, String where) {
            String[] f = line.split("\t", -1);
            String cls = f[0].trim();
            if (f.length < 2 || f[1].isBlank() || !cls.matches("@[a-z]+") || Condition.BUILT_IN.contains(cls)) {
                throw new IllegalArgumentException(where + ": a word class is '@name<TAB>word|word|...' (not "
                        + String.join(" or ", new java.util.TreeSet<>(Condition.BUILT_IN)) + ")");
            }
            classes.put(cls, Set.of(f[1].trim().toLowerCase(java.util.Locale.ROOT).split("\\|")));
        }

        private void read(String name, byte[] bytes) {
            digest.update(bytes);
            List<String> lines = Resources.lines(bytes);
            Set<String> here = new HashSet<>();
            int n = 0;
            for (String line : lines) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                if (line.startsWith("@")) {
                    defineClass(line, name + ":" + n);
                    continue;
                }
                for (String row : alternatives(line)) add(parse(row, name + ":" + n, classes), here);
            }
            earlier.addAll(here);
        }

        /** Adds one pattern unless an earlier file claims its word or this file already has its conditions. */
        private void add(EventPattern p, Set<String> here) {
            String word = (p.noun() ? "n:" : "") + p.trigger();
            if (earlier.contains(word) || !signatures.add(word + " " + p.conditions())) return; // shadowed
            patterns.add(p);
            if (!p.has(Flag.ADD)) here.add(word); // an "add" row adds a sense without claiming its word
            if (p.noun() && p.has(Flag.WEAPON)) weapons.addAll(Inflection.forms(p.trigger()));
            boolean contentful = p.code() != null || p.has(Flag.NEGATE);
            if (!contentful) return;
            Trigger kind = p.oneSided() ? Trigger.MONADIC : Trigger.DYADIC;
            Set<String> words = new HashSet<>(Inflection.forms(p.trigger()));
            for (Condition c : p.conditions()) {
                if (c.path().equals(List.of("theme"))) for (String l : c.lemmas()) if (!l.startsWith("@")) words.addAll(Inflection.forms(l));
            }
            for (String form : words) forms.merge(form, kind, Lexicon::stronger);
            (p.noun() ? nounLemmas : verbLemmas).merge(p.trigger(), kind, Lexicon::stronger);
        }
    }

    /**
     * The rows a line stands for: a key of several words ({@code move|send|rush}, {@code n:exercise|drill}, the
     * {@code n:} for all) is one row per word, with the same code, flags and conditions, all from that line.
     */
    static List<String> alternatives(String line) {
        int tab = line.indexOf('\t');
        String key = tab < 0 ? line : line.substring(0, tab);
        if (key.indexOf('|') < 0) return List.of(line);
        String prefix = key.startsWith("n:") ? "n:" : "";
        List<String> rows = new ArrayList<>();
        for (String word : key.substring(prefix.length()).split("\\|", -1)) {
            rows.add(prefix + word.trim() + (tab < 0 ? "" : line.substring(tab)));
        }
        return rows;
    }

    /**
     * Parses one row: {@code key, code, flags, conditions, source}, tab-separated, the last three optional.
     * The key is a verb lemma, {@code n:} and a noun lemma, and the short forms {@code verb+prep} (a required
     * preposition or particle, whose object is the target) and {@code verb>noun} (a required object word).
     */
    static EventPattern parse(String line, String where) {
        return parse(line, where, Map.of());
    }

    /** As {@link #parse(String, String)}, with the word classes a condition may name ({@code theme=@aid}). */
    static EventPattern parse(String line, String where, Map<String, Set<String>> classes) {
        String[] f = line.split("\t", -1);
        if (f.length < 2) throw new IllegalArgumentException(where + ": a pattern needs a trigger and a code");
        String key = f[0].trim();
        boolean noun = key.startsWith("n:");
        if (noun) key = key.substring(2);
        List<Condition> conditions = new ArrayList<>();
        int gt = key.indexOf('>');
        int plus = key.indexOf('+');
        if (gt > 0) {
            conditions.add(new Condition(List.of("theme"), Set.of(key.substring(gt + 1)), false));
            key = key.substring(0, gt);
        } else if (plus > 0) {
            conditions.add(new Condition(List.of("+" + key.substring(plus + 1)), Set.of(), true));
            key = key.substring(0, plus);
        }
        if (key.isEmpty() || !key.equals(key.toLowerCase(java.util.Locale.ROOT)) || key.contains("|")) {
            throw new IllegalArgumentException(where + ": the trigger must be a lower-case lemma, not '" + f[0] + "'");
        }
        String code = f[1].trim().equals("-") ? null : f[1].trim();
        if (code != null && !code.matches("\\d{3,4}")) {
            throw new IllegalArgumentException(where + ": '" + code + "' is not a CAMEO code (3 or 4 digits, or -)");
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (f.length > 2 && !f[2].isBlank()) for (String s : f[2].split(",")) flags.add(Flag.parse(s, where));
        if (f.length > 3 && !f[3].isBlank()) {
            for (String c : f[3].trim().split("\\s+")) conditions.add(Condition.parse(c, where, classes));
        }
        if (plus > 0 && gt < 0 && conditions.stream().skip(1).anyMatch(Condition::target)) {
            // "step+down ... advcl/prep:to->target": the particle is only required when another condition gives the target
            Condition particle = conditions.get(0);
            conditions.set(0, new Condition(particle.path(), particle.lemmas(), false));
        }
        if (conditions.stream().filter(Condition::target).count() > 1) {
            throw new IllegalArgumentException(where + ": at most one condition can give the target");
        }
        String origin = f.length > 4 && !f[4].isBlank() ? where + " (" + f[4].trim() + ")" : where;
        return new EventPattern(key, noun, code, Set.copyOf(flags), List.copyOf(conditions), origin);
    }

    /**
     * The most specific pattern for a token read as a verb (or adjective: "ready to") or as a noun whose
     * conditions hold in the sentence, or null. An adjective needs a pattern with conditions. A match may be of
     * a row of code "-" with conditions: that use of the word is no event.
     */
    public EventPattern.Match match(ParsedSentence ps, int token, boolean asNoun) {
        return match(ps, token, asNoun, Condition.Classes.NONE);
    }

    /** As {@link #match(ParsedSentence, int, boolean)}, with {@code builtIn} telling which tokens name a party or a place. */
    public EventPattern.Match match(ParsedSentence ps, int token, boolean asNoun, Condition.Classes builtIn) {
        String lemma = ps.token(token).lemma().toLowerCase(java.util.Locale.ROOT);
        String whole = ps.hyphenated(token); // "staged a sit-in": the word, not its last part
        List<EventPattern> candidates = whole != null ? (asNoun ? nouns : verbs).get(whole) : null;
        if (candidates == null) candidates = (asNoun ? nouns : verbs).get(lemma);
        if (candidates == null) return null;
        boolean adjective = !asNoun && ps.token(token).pos() != null && ps.token(token).pos().startsWith("JJ");
        String phrasal = asNoun ? null : phrasalParticle(ps, token, candidates);
        for (EventPattern p : candidates) {
            // a row of code "-" codes nothing; with conditions, it silences the use they describe
            if (p.code() == null && p.conditions().isEmpty()) continue;
            if (adjective && p.conditions().isEmpty()) continue;
            if (phrasal != null && p.conditions().isEmpty()) continue;
            int target = -1;
            boolean all = true;
            List<Integer> words = new ArrayList<>();
            for (Condition c : p.conditions()) {
                int t = c.find(ps, token, builtIn);
                if (t < 0) {
                    all = false;
                    break;
                }
                if (c.target()) target = t;
                if (!c.lemmas().isEmpty()) words.add(t);
            }
            if (all) return new EventPattern.Match(p, target, List.copyOf(words));
        }
        return null;
    }

    /**
     * The particle of a phrasal verb that the lexicon has rows for ("+off" for "called off a trip"), or null. Such
     * a verb is another word: the plain verb's own sense, a row with no conditions, does not apply to it ("call": a
     * phone call), though rows that name an object or a phrase still may ("cut off aid").
     */
    private static String phrasalParticle(ParsedSentence ps, int token, List<EventPattern> candidates) {
        for (int c : ps.children(token, "compound:prt")) {
            String particle = "+" + ps.token(c).lemma().toLowerCase(java.util.Locale.ROOT);
            for (EventPattern p : candidates) if (particle.equals(particleOf(p))) return particle;
        }
        return null;
    }

    /** The particle or preposition a {@code verb+word} row requires ("+off"), or null. */
    private static String particleOf(EventPattern p) {
        List<String> path = p.conditions().isEmpty() ? List.of() : p.conditions().get(0).path();
        return path.size() == 1 && path.get(0).startsWith("+") ? path.get(0) : null;
    }

    /** True when some pattern of a verb lemma carries the flag (speech verbs, "plan to", "fail to"). */
    public boolean verbHas(String lemma, Flag flag) {
        return has(verbs, lemma, flag);
    }

    /**
     * True when a verb lemma's own sense, a pattern with no conditions, carries the flag: "cancel" negates whatever
     * act it names, while "give" is irreal only in the uses its conditions describe ("gave him 48 hours").
     */
    public boolean verbAlways(String lemma, Flag flag) {
        List<EventPattern> l = verbs.get(lemma.toLowerCase(java.util.Locale.ROOT));
        return l != null && l.stream().anyMatch(p -> p.conditions().isEmpty() && p.has(flag));
    }

    /** True when some pattern of a noun lemma carries the flag ("an interest in meeting", "its readiness to"). */
    public boolean nounHas(String lemma, Flag flag) {
        return has(nouns, lemma, flag);
    }

    private static boolean has(Map<String, List<EventPattern>> patterns, String lemma, Flag flag) {
        List<EventPattern> l = patterns.get(lemma.toLowerCase(java.util.Locale.ROOT));
        if (l == null) return false;
        for (EventPattern p : l) if (p.has(flag)) return true;
        return false;
    }

    /**
     * True when a noun (a lemma, or a lower-cased word form) names the means of an act of force: "a roadside
     * bomb killed", "an explosion wounded". The pre-filter counts one as a side, an attacker left unnamed.
     */
    public boolean isWeapon(String word) {
        return weapons.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** True when a noun lemma can name an event ("talks", "aid"). */
    public boolean isEventNoun(String lemma) {
        List<EventPattern> l = nouns.get(lemma.toLowerCase(java.util.Locale.ROOT));
        return l != null && l.stream().anyMatch(p -> p.code() != null);
    }

    /** Every CAMEO code the patterns assign, for validation against the ontology. */
    public Set<String> codes() {
        Set<String> codes = new HashSet<>();
        for (Map<String, List<EventPattern>> m : List.of(verbs, nouns)) {
            for (List<EventPattern> l : m.values()) for (EventPattern p : l) if (p.code() != null) codes.add(p.code());
        }
        return codes;
    }

    /** What a lower-cased word form may carry, as a verb or a noun (the pre-filter on bare tokens). */
    public Trigger trigger(String lowerWord) {
        return triggerForms.getOrDefault(lowerWord, Trigger.NONE);
    }

    /**
     * What a tagged word may carry: a verb's or adjective's lemma only as a verb trigger, a noun's only as a
     * noun trigger ("plans" the noun triggers nothing that "plan" the verb does). The pre-filter's second
     * step, after tagging and before the dependency parse.
     */
    public Trigger trigger(String lemma, String pos) {
        if (pos == null) return trigger(lemma);
        Map<String, Trigger> m = pos.startsWith("VB") || pos.startsWith("JJ") ? verbLemmas
                : pos.startsWith("NN") ? nounLemmas : null;
        return m == null ? Trigger.NONE : m.getOrDefault(lemma.toLowerCase(java.util.Locale.ROOT), Trigger.NONE);
    }

    private static Trigger stronger(Trigger a, Trigger b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** SHA-256 (first 12 hex digits) over the bytes of every file read, in order: the lexicon's provenance. */
    /**
     * True when an event from this verb (a lemma) is a sporting contest, not a conflict: the sentence names a sport
     * (lexicon/contests.tsv).
     */
    public boolean contest(String verbLemma, String sentence) {
        return contestCue != null && verbLemma != null && contestVerbs.contains(verbLemma) && contestCue.matcher(sentence).find();
    }

    public String checksum() {
        return checksum;
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
                Map.entry("bring", List.of("brought")), Map.entry("lead", List.of("led")),
                Map.entry("take", List.of("took", "taken")), Map.entry("give", List.of("gave", "given")),
                Map.entry("freeze", List.of("froze", "frozen")), Map.entry("tear", List.of("tore", "torn")),
                Map.entry("lend", List.of("lent")), Map.entry("sell", List.of("sold")),
                Map.entry("stand", List.of("stood")), Map.entry("begin", List.of("began", "begun")),
                Map.entry("draw", List.of("drew", "drawn")), Map.entry("throw", List.of("threw", "thrown")),
                Map.entry("hit", List.of("hit", "hitting")), Map.entry("cut", List.of("cut", "cutting")),
                Map.entry("shut", List.of("shut")), Map.entry("spread", List.of("spread")),
                Map.entry("win", List.of("won")), Map.entry("lose", List.of("lost")),
                Map.entry("go", List.of("went", "gone")), Map.entry("come", List.of("came")),
                Map.entry("run", List.of("ran")), Map.entry("drive", List.of("drove", "driven")),
                Map.entry("forbid", List.of("forbade", "forbidden")), Map.entry("flee", List.of("fled")),
                Map.entry("bear", List.of("bore", "borne")), Map.entry("overthrow", List.of("overthrew", "overthrown")),
                Map.entry("undertake", List.of("undertook", "undertaken")), Map.entry("withhold", List.of("withheld")),
                Map.entry("uphold", List.of("upheld")), Map.entry("blow", List.of("blew", "blown")),
                Map.entry("mislead", List.of("misled")),
                Map.entry("make", List.of("made")), Map.entry("pay", List.of("paid")),
                Map.entry("buy", List.of("bought")), Map.entry("catch", List.of("caught")),
                Map.entry("hang", List.of("hung", "hanged")), Map.entry("slay", List.of("slew", "slain")),
                Map.entry("rise", List.of("rose", "risen")), Map.entry("sink", List.of("sank", "sunk")));

        static Set<String> forms(String lemma) {
            Set<String> f = new HashSet<>();
            f.add(lemma);
            f.addAll(IRREGULAR.getOrDefault(lemma, List.of()));
            if (lemma.length() < 2) return f;
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
