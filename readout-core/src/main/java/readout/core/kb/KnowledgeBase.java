package readout.core.kb;

import readout.core.Resources;
import readout.core.nlp.Token;
import readout.core.nlp.Tokenizer;
import readout.core.place.Gazetteer;
import readout.core.place.Place;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries, organisations, people with dated roles, role nouns and places. Immutable once built and
 * shared by all coders; {@link #builtIn()} reads the files shipped under {@code kb/}, {@link Builder#add(Path)}
 * adds a user file (format in README: sections {@code @people}, {@code @organizations},
 * {@code @country-extras}, {@code @roles}, {@code @places}).
 */
public final class KnowledgeBase {
    /** Words that start a title, never a name: aliases beginning with one are not indexed. */
    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("president", "prime", "premier", "chancellor",
            "king", "queen", "prince", "crown", "minister", "secretary", "general", "chairman", "leader", "supreme",
            "ayatollah", "sheikh", "emir", "mr", "mrs", "ms", "dr", "vice", "foreign", "defence", "defense", "acting");

    /** Built-in files, in load order. */
    static final List<String> BUILT_IN = List.of("countries", "country-extras", "organizations", "people", "roles",
            "places");

    private final Map<String, Country> countries;
    private final Map<String, String> roleNouns;
    private final NameTrie names;
    private final Gazetteer places;
    private final Map<String, String> organizationNames;
    private final String checksum;
    private final int people;

    private KnowledgeBase(Builder b) {
        this.countries = Map.copyOf(b.countries);
        this.roleNouns = Map.copyOf(b.roleNouns);
        this.names = b.names;
        this.places = b.places;
        this.organizationNames = Map.copyOf(b.organizationNames);
        this.checksum = HexFormat.of().formatHex(b.digest.digest()).substring(0, 12);
        this.people = b.people.size();
    }

    private static volatile KnowledgeBase builtIn;

    /** The knowledge base shipped with Readout (loaded once per JVM). */
    public static KnowledgeBase builtIn() {
        KnowledgeBase kb = builtIn;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                if (builtIn == null) builtIn = builder().build();
                kb = builtIn;
            }
        }
        return kb;
    }

    /** A builder preloaded with the built-in files. */
    public static Builder builder() {
        Builder b = new Builder();
        for (String f : BUILT_IN) b.addResource("kb/" + f + ".tsv", f);
        return b;
    }

    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    /** Name of a country or organisation code, for display; the code itself when unknown. */
    public String displayName(String code) {
        Country c = countries.get(code);
        if (c != null) return c.name();
        return organizationNames.getOrDefault(code, code);
    }

    /** Role code (GOV, MIL, ...) for a role noun's lemma ("ministry", "spokeswoman", "army"), or null. */
    public String roleOf(String lemma) {
        return roleNouns.get(lemma);
    }

    public Gazetteer places() {
        return places;
    }

    public String checksum() {
        return checksum;
    }

    public int countryCount() {
        return countries.size();
    }

    public int personCount() {
        return people;
    }

    /** A name found in a run of tokens: tokens [start, end) and what it may refer to. */
    public record Match(int start, int end, List<Entry> entries) {
    }

    /**
     * Longest matches of known names over the tokens, left to right, without overlaps. A match must start
     * with an upper-case letter in the text; names written in capitals (US, WHO) must match exactly.
     */
    public List<Match> match(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = longestAt(tokens, i);
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Match longestAt(List<Token> tokens, int i) {
        String first = tokens.get(i).word();
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0))) return null;
        NameTrie.Node n = names.root();
        Match best = null;
        for (int j = i; j < tokens.size(); j++) {
            n = n.next.get(tokens.get(j).word().toLowerCase(Locale.ROOT));
            if (n == null) break;
            if (!n.entries.isEmpty()) {
                List<Entry> ok = new ArrayList<>();
                String surface = surface(tokens, i, j + 1);
                for (Entry e : n.entries) if (!e.acronym() || surface.equals(surface.toUpperCase(Locale.ROOT))) ok.add(e);
                if (!ok.isEmpty()) best = new Match(i, j + 1, ok);
            }
        }
        return best;
    }

    private static String surface(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) sb.append(tokens.get(k).word());
        return sb.toString();
    }

    /** Collects KB files and builds the immutable base. */
    public static final class Builder {
        private final Map<String, Country> countries = new LinkedHashMap<>();
        private final Map<String, String> roleNouns = new HashMap<>();
        private final Map<String, Person> people = new LinkedHashMap<>();
        private final Map<String, String> organizationNames = new HashMap<>();
        private final NameTrie names = new NameTrie();
        private final Gazetteer places = new Gazetteer();
        private final Tokenizer tokenizer = new Tokenizer();
        private final MessageDigest digest = Resources.sha256();

        private Builder() {
        }

        /** Adds a user file with section lines ({@code @people}, ...). Errors name the file and line. */
        public Builder add(Path file) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                digest.update(bytes);
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (text.startsWith("\uFEFF")) text = text.substring(1); // a byte-order mark from some editors
                readSections(file.toString(), text.lines().toList());
                return this;
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read knowledge-base file " + file + ": " + e.getMessage(), e);
            }
        }

        private void addResource(String resource, String section) {
            byte[] bytes = Resources.bytes(resource);
            digest.update(bytes);
            int n = 0;
            for (String line : Resources.lines(bytes)) readLine(resource, ++n, section, line);
        }

        private void readSections(String file, List<String> lines) {
            String section = null;
            int n = 0;
            for (String line : lines) {
                n++;
                String t = line.strip();
                if (t.startsWith("@")) {
                    section = t.substring(1).strip();
                    if (!BUILT_IN.contains(section)) {
                        throw new IllegalArgumentException(file + ":" + n + ": unknown section '@" + section
                                + "'; use one of " + BUILT_IN.stream().map(s -> "@" + s).toList());
                    }
                    continue;
                }
                if (t.isEmpty() || t.startsWith("#")) continue;
                if (section == null) {
                    throw new IllegalArgumentException(file + ":" + n + ": data before any section line; start the"
                            + " file with a line such as @people");
                }
                readLine(file, n, section, line);
            }
        }

        private void readLine(String file, int n, String section, String line) {
            String content = line;
            int hash = content.indexOf(" #");
            if (content.startsWith("#") || content.isBlank()) return;
            if (hash >= 0) content = content.substring(0, hash);
            String[] f = content.split("\t", -1);
            try {
                switch (section) {
                    case "countries" -> country(f);
                    case "country-extras" -> extra(f);
                    case "organizations" -> organization(f);
                    case "people" -> person(f);
                    case "roles" -> roleNouns.put(need(f, 0).toLowerCase(Locale.ROOT), need(f, 1));
                    case "places" -> places.add(new Place(need(f, 0), need(f, 1), Double.parseDouble(need(f, 2)),
                            Double.parseDouble(need(f, 3)), f.length > 4 && !f[4].isBlank() ? Long.parseLong(f[4].trim()) : 0));
                    default -> throw new IllegalStateException(section);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + n + " (" + section + "): " + e.getMessage(), e);
            }
        }

        private static String need(String[] f, int i) {
            if (i >= f.length || f[i].isBlank()) throw new IllegalArgumentException("column " + (i + 1) + " is empty");
            return f[i].trim();
        }

        private static List<String> list(String[] f, int i) {
            if (i >= f.length || f[i].isBlank()) return List.of();
            return Arrays.stream(f[i].split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        private void country(String[] f) {
            String iso3 = need(f, 0);
            double lat = f.length > 6 && !f[6].isBlank() ? Double.parseDouble(f[6].trim()) : Double.NaN;
            double lon = f.length > 7 && !f[7].isBlank() ? Double.parseDouble(f[7].trim()) : Double.NaN;
            Country c = new Country(iso3, f.length > 1 ? f[1].trim() : "", need(f, 2), list(f, 3), list(f, 4),
                    f.length > 5 ? f[5].trim() : "", lat, lon);
            countries.put(iso3, c);
            name(c.name(), new Entry(Entry.Kind.COUNTRY, iso3, null, c.name(), iso3, null, false));
            for (String a : c.alternates()) name(a, new Entry(Entry.Kind.COUNTRY, iso3, null, c.name(), iso3, null, false));
            for (String d : c.demonyms()) name(d, new Entry(Entry.Kind.DEMONYM, iso3, null, c.name(), iso3, null, false));
            if (!c.capital().isEmpty()) {
                name(c.capital(), new Entry(Entry.Kind.METONYM, iso3, "GOV", c.name(), iso3, null, false));
            }
        }

        private void extra(String[] f) {
            String iso3 = need(f, 0);
            String kind = need(f, 1);
            String text = need(f, 2);
            String cname = countries.containsKey(iso3) ? countries.get(iso3).name() : iso3;
            Entry e = switch (kind) {
                case "name" -> new Entry(Entry.Kind.COUNTRY, iso3, null, cname, iso3, null, false);
                case "demonym" -> new Entry(Entry.Kind.DEMONYM, iso3, null, cname, iso3, null, false);
                case "metonym" -> new Entry(Entry.Kind.METONYM, iso3, "GOV", cname, iso3, null, false);
                case "metonym-MIL" -> new Entry(Entry.Kind.METONYM, iso3, "MIL", cname, iso3, null, false);
                default -> throw new IllegalArgumentException("kind must be name, demonym, metonym or metonym-MIL, not '"
                        + kind + "'");
            };
            name(text, e);
        }

        private void organization(String[] f) {
            String code = need(f, 0);
            String name = need(f, 1);
            String country = f.length > 3 && !f[3].isBlank() ? f[3].trim() : null;
            String kind = f.length > 4 && !f[4].isBlank() ? f[4].trim() : "IGO";
            String actorCode = country == null ? code : country + kind;
            Entry e = new Entry(Entry.Kind.ORGANIZATION, actorCode, kind, name, country, null, false);
            organizationNames.putIfAbsent(actorCode, name);
            name(name, e);
            for (String a : list(f, 2)) name(a, e);
        }

        private void person(String[] f) {
            String name = need(f, 0);
            LocalDate from = date(need(f, 5));
            LocalDate to = f.length > 6 && !f[6].isBlank() ? date(f[6].trim()) : null;
            Tenure t = new Tenure(need(f, 2), need(f, 3), f.length > 4 ? f[4].trim() : "", from, to);
            Person old = people.get(name);
            List<String> aliases = new ArrayList<>(old == null ? List.of() : old.aliases());
            for (String a : list(f, 1)) if (!aliases.contains(a)) aliases.add(a);
            List<Tenure> tenures = new ArrayList<>(old == null ? List.of() : old.tenures());
            tenures.add(t);
            people.put(name, new Person(name, List.copyOf(aliases), List.copyOf(tenures)));
        }

        private static LocalDate date(String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + s + "' is not a date (YYYY-MM-DD)");
            }
        }

        private void name(String text, Entry e) {
            List<String> toks = tokenizer.tokenize(text, 0, text.length()).stream().map(Token::word).toList();
            if (toks.isEmpty()) return;
            boolean acronym = text.length() <= 5 && text.equals(text.toUpperCase(Locale.ROOT))
                    && text.chars().anyMatch(Character::isLetter);
            names.add(toks, acronym == e.acronym() ? e
                    : new Entry(e.kind(), e.code(), e.role(), e.name(), e.country(), e.person(), acronym));
        }

        public KnowledgeBase build() {
            for (Person p : people.values()) {
                Entry e = new Entry(Entry.Kind.PERSON, null, null, p.name(), null, p, false);
                name(p.name(), e);
                for (String a : p.aliases()) {
                    // "President Xi" as an alias would swallow the title and strand the rest of "President Xi Jinping"
                    if (!TITLE_WORDS.contains(a.split(" ")[0].toLowerCase(Locale.ROOT))) name(a, e);
                }
            }
            if (countries.isEmpty()) throw new IllegalStateException("knowledge base has no countries: kb/countries.tsv"
                    + " is missing or empty (regenerate with scripts/gen-kb.sh)");
            return new KnowledgeBase(this);
        }
    }
}
