package readout.core.kb;

import readout.core.Resources;
import readout.core.nlp.Accents;
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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Countries, organisations, people with dated roles, role nouns and places. Immutable once built and
 * shared by all coders; {@link #builtIn()} reads the files shipped under {@code kb/}, {@link Builder#add(Path)}
 * adds a user file (format in README: sections {@code @people}, {@code @organizations},
 * {@code @country-extras}, {@code @roles}, {@code @places}).
 */
public final class KnowledgeBase {
    /** What separates a dateline's parts: its city, a region or country, the date, the agency. */
    public static final Pattern DATELINE_PARTS = Pattern.compile("[,(:]|--|\u2013|\u2014| -");
    /** Heads that name no body of their own: the one who leads or speaks for the body named before them. */
    private static final Set<String> SPOKESPEOPLE = Set.of("leader", "official", "spokesman", "spokeswoman",
            "spokesperson");
    /**
     * Words that start a title, never a name: aliases beginning with one are not indexed, and a bare surname
     * after one is a title and a surname ("President Lee"), not part of a longer name.
     */
    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("president", "prime", "premier", "chancellor",
            "king", "queen", "prince", "crown", "minister", "secretary", "general", "chairman", "leader", "supreme",
            "ayatollah", "sheikh", "emir", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "vice", "foreign",
            "defence", "defense", "acting", "speaker", "senator", "sen.", "governor", "gov.", "ambassador", "envoy",
            "spokesman", "spokeswoman", "spokesperson", "commander", "lt.", "col.", "gen.", "former", "interim",
            "deputy", "counterpart");

    /**
     * Titles a monarch is named by ("King Abdullah", "Emir Tamim"). Unlike "President Xi", such an alias is
     * the name the press uses, so it is indexed; and a bare name after one is only a monarch's.
     */
    private static final java.util.Set<String> ROYAL_TITLES = java.util.Set.of("king", "queen", "emir", "amir",
            "sultan", "prince", "emperor", "empress", "crown");

    /** True for a royal title ("King", "Emir"), case aside. */
    public static boolean isRoyalTitle(String word) {
        return ROYAL_TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when an office is a monarch's ("king", "emir", "crown prince"), named by a royal title. */
    public static boolean isRoyalOffice(String title) {
        if (title == null) return false;
        for (String w : title.toLowerCase(Locale.ROOT).split("[ -]")) if (ROYAL_TITLES.contains(w)) return true;
        return false;
    }

    /** True when a word starts a title ("President", "Foreign", "Gen."), case aside. */
    public static boolean isTitleWord(String word) {
        return TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Built-in files, in load order. The {@code phoenix-*} files are generated from the Phoenix/PETRARCH2
     * dictionaries (scripts/gen-phoenix.py) and load last with lower precedence: a name the hand-curated
     * files know is not taken from them, a role noun roles.tsv has keeps its role, and a person in
     * people.tsv only gains Phoenix terms that end before 2015 and do not overlap their own.
     */
    static final List<String> BUILT_IN = List.of("countries", "country-extras", "organizations", "people", "roles",
            "places", "phoenix-organizations", "phoenix-people", "phoenix-agents");

    /** Generated (Phoenix) people are imported for terms before this day only: people.tsv rules from 2015 on. */
    static final LocalDate GENERATED_PEOPLE_UNTIL = LocalDate.of(2014, 12, 31);

    /** Countries whose people put the family name first ("Lee Jae-myung", "Xi Jinping"). */
    private static final java.util.Set<String> FAMILY_NAME_FIRST = java.util.Set.of("CHN", "TWN", "KOR", "PRK", "HKG",
            "MAC", "SGP");
    /** Countries whose people are named again by the given name ("Anutin", "Anwar", "Prabowo"). */
    private static final java.util.Set<String> GIVEN_NAME_USED = java.util.Set.of("THA", "MYS", "IDN");
    /** Words after a surname that are not the surname ("Ferdinand Marcos Jr."). */
    private static final java.util.Set<String> NAME_SUFFIXES = java.util.Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    /**
     * The words a person is named again by, the first the usual one: the family name (the last word but a "Jr.", or
     * the first in countries that put it first), the given name first in countries that use it.
     */
    private static List<String> callNames(Person p, List<String> words) {
        int last = words.size() - 1;
        while (last > 0 && (NAME_SUFFIXES.contains(words.get(last)) || !Character.isLetter(words.get(last).charAt(0)))) last--;
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Tenure t : p.tenures()) {
            if (FAMILY_NAME_FIRST.contains(t.country()) || GIVEN_NAME_USED.contains(t.country())) names.add(words.get(0));
        }
        names.add(words.get(last));
        return List.copyOf(names);
    }

    private final Map<String, Country> countries;
    private final Map<String, String> roleNouns;
    /** Role nouns by their plural too ("rebels", "militias", "gunmen"), for the pre-pass, which has word forms. */
    private final Map<String, String> roleForms;
    /** Names that stand for a country after "the" once the article has named a related one ("the North"). */
    private final Map<String, List<ContextName>> contextNames;
    /** Country names that also name a part of another country ("Georgia", a U.S. state), by name. */
    private final Map<String, List<ContextName>> homonyms;
    private final NameTrie names;
    private final Gazetteer places;
    private final Map<String, String> organizationNames;
    /** Codes of peoples without a country (kind ETH: KUR, SHI, SUN) and of armed groups without one (IMG). */
    private final Set<String> stateless;
    private final Map<String, Media> media;
    private final Map<String, List<Person>> bySurname;
    private final Map<String, Person> peopleByName;
    private final Map<String, String> countryNames;
    /** Names of a country's regions, lower case (country-extras kind region): "Crimea", "Darfur", "West Bank". */
    private final Set<String> regions;
    /** When an organisation's row holds, by its code and name: "the Taliban" governed Afghanistan 1996-2001. */
    private final Map<String, List<LocalDate[]>> periods;
    private final String checksum;
    private final int people;

    private KnowledgeBase(Builder b) {
        this.countries = Map.copyOf(b.countries);
        this.roleNouns = Map.copyOf(b.roleNouns);
        Map<String, String> forms = new HashMap<>(roleNouns);
        roleNouns.forEach((lemma, role) -> forms.putIfAbsent(plural(lemma), role));
        this.roleForms = Map.copyOf(forms);
        this.contextNames = frozen(b.contextNames);
        this.homonyms = frozen(b.homonyms);
        this.names = b.names;
        this.places = b.places;
        this.organizationNames = Map.copyOf(b.organizationNames);
        this.stateless = Set.copyOf(b.stateless);
        this.media = Map.copyOf(b.media);
        this.bySurname = b.bySurname;
        this.peopleByName = Map.copyOf(b.people);
        this.countryNames = b.countryNames;
        this.regions = Set.copyOf(b.regions);
        this.periods = Map.copyOf(b.periods);
        this.checksum = HexFormat.of().formatHex(b.digest.digest()).substring(0, 12);
        this.people = b.people.size();
    }

    /**
     * True when an organisation's row holds on a date: rows with periods (organizations.tsv column 8) hold only
     * within one ("the Taliban" are Afghanistan's government 1996-2001 and from August 2021, its rebels between); any
     * other entry, or any date unknown, holds.
     */
    public boolean holdsOn(Entry e, LocalDate date) {
        List<LocalDate[]> held = e.kind() == Entry.Kind.ORGANIZATION && date != null ? periods.get(e.code() + "\t" + e.name()) : null;
        return held == null || held.stream().anyMatch(p -> (p[0] == null || !date.isBefore(p[0])) && (p[1] == null || !date.isAfter(p[1])));
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

    /**
     * True for a side that belongs to no state: a people named alone ("Kurdish militants": KUR) or a transnational
     * armed group ("Islamic State": IMG). Acting somewhere, it is coded as of that country, as ICEWS and the PLOVER
     * gold standard do ("TURREBKUR").
     */
    public boolean stateless(String code) {
        return code != null && stateless.contains(code);
    }

    /** Name of a country or organisation code, for display; the code itself when unknown. */
    public String displayName(String code) {
        Country c = countries.get(code);
        if (c != null) return c.name();
        return organizationNames.getOrDefault(code, code);
    }

    /**
     * The news organisation a name or alias denotes ("Xinhua", "Xinhua News Agency", "Yonhap"), case-insensitive;
     * empty for any other name. Says whether it is state media (organizations.tsv column 6).
     */
    public Optional<Media> media(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(media.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * Role code (GOV, MIL, ...) for a role noun's lemma ("ministry", "spokeswoman", "army") or a modifier and its
     * head ("armed man", "riot police"), or null.
     */
    public String roleOf(String lemma) {
        String r = roleNouns.get(lemma);
        // a plural the tagger left unlemmatised, as it does a capitalised word opening a sentence ("Farmers")
        return r != null ? r : roleForms.get(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * The role a run of title words names, in reading order ("army chief General", "police officer"): that of
     * its last word of office; a rank after an office is the office's ("Consul General", "Secretary General"
     * are no army's general), and so is a leader, official or spokesman of it ("opposition leader", "military
     * spokesman"). Null when no word names a role.
     */
    public String roleOfTitle(List<String> words) {
        String role = null;
        boolean afterOffice = false;
        String previous = null;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            // "armed men", "death squad": a modifier and its head may name a role that neither names alone
            String r = previous == null ? null : roleOf(previous + " " + lower);
            if (r == null) r = roleOf(lower);
            previous = lower;
            // "opposition leader", "rebel spokesman": a generic head speaks for the body before it
            boolean generic = role != null && SPOKESPEOPLE.contains(lower);
            if (r != null && !generic && !(afterOffice && lower.equals("general"))) role = r;
            afterOffice = r != null || isTitleWord(w);
        }
        return role;
    }

    /**
     * True when the title's last word of office is a generic head (leader, official, spokesman): it speaks for
     * whatever body owns it, so "Hamas leader" is of Hamas's role, not a government's.
     */
    public boolean genericTitle(List<String> words) {
        String last = null;
        for (String w : words) if (roleOf(w.toLowerCase(Locale.ROOT)) != null) last = w.toLowerCase(Locale.ROOT);
        return last != null && SPOKESPEOPLE.contains(last);
    }

    /** Role code for a role noun as written, singular or plural ("rebels", "gunmen"), or null. */
    public String roleOfForm(String word) {
        return roleForms.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The country a contextual name stands for after "the" ("the North", "the South"), given which countries
     * the article has named so far; empty when none of its countries has been named.
     */
    public Optional<String> contextualName(String word, java.util.function.Predicate<String> named) {
        for (ContextName c : contextNames.getOrDefault(word, List.of())) {
            if (c.context().stream().anyMatch(named)) return Optional.of(c.iso3());
        }
        return Optional.empty();
    }

    /**
     * The country a country's name names a part of in this article (country-extras.tsv, kind homonym): "Georgia" is a
     * U.S. state in a story that has named the United States and nothing of Georgia the country; empty otherwise.
     */
    public Optional<String> homonym(String name, java.util.function.Predicate<String> named) {
        for (ContextName h : homonyms.getOrDefault(name, List.of())) {
            if (named.test(h.iso3()) && h.context().stream().noneMatch(named)) return Optional.of(h.iso3());
        }
        return Optional.empty();
    }

    private static Map<String, List<ContextName>> frozen(Map<String, List<ContextName>> names) {
        Map<String, List<ContextName>> out = new HashMap<>();
        names.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /** A name valid in context: the country it stands for and the countries whose mention gives it that sense. */
    private record ContextName(String iso3, Set<String> context) {
    }

    /** The plural of an English noun: militia → militias, gunman → gunmen, party → parties, bus → buses. */
    static String plural(String noun) {
        if (noun.endsWith("man")) return noun.substring(0, noun.length() - 3) + "men";
        if (noun.length() > 2 && noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("sh") || noun.endsWith("ch") || noun.endsWith("x")) return noun + "es";
        return noun + "s";
    }

    public Gazetteer places() {
        return places;
    }

    /** True when a name is a region of a country, not the country itself ("Crimea", "the West Bank"). */
    public boolean isRegion(String name) {
        return name != null && regions.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The country a place name lies in: a city of the gazetteer ("Kandahar" → AFG, the most populous place
     * of that name), else a country's name or capital ("Seoul" → KOR). For agents located by a place
     * ("police in Kandahar"); empty when the name is no known place.
     */
    public Optional<String> countryOfPlace(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        Optional<Place> p = places.find(name.strip());
        if (p.isPresent()) return Optional.of(p.get().country());
        return Optional.ofNullable(countryNames.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The country of the place a dateline names: "SEOUL, June 10 (Yonhap) --" → KOR, "NARA, Japan (Reuters) -"
     * → JPN (the city, else the country or region after its comma); empty without one.
     */
    public Optional<String> countryOfDateline(String dateline) {
        for (String part : DATELINE_PARTS.split(dateline)) {
            String place = part.strip();
            if (place.isEmpty() || !Character.isLetter(place.charAt(0))) continue;
            if (place.matches("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?( \\d+)?")) break;
            String title = java.util.Arrays.stream(place.split(" ")) // "PORT SUDAN" is Port Sudan
                    .map(w -> w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT))
                    .collect(java.util.stream.Collectors.joining(" "));
            Optional<String> iso = countryOfPlace(title).or(() -> countryOfPlace(place));
            if (iso.isPresent()) return iso;
        }
        return Optional.empty();
    }

    /**
     * People who carry a name part ("Lee", "Ishiba", "Yeltsin") as their surname and held an office on the
     * date, for a bare surname the article never introduced. The surname is the last word of the canonical
     * name, or the first for countries whose names put the family name first; "al-Assad" is also "Assad".
     */
    public List<Person> inOfficeBySurname(String surname, LocalDate date) {
        if (date == null) return List.of();
        return bySurname(surname).stream().filter(p -> p.roleOn(date).isPresent()).toList();
    }

    /** Everyone the knowledge base lists with a surname, in or out of office on any date. */
    public List<Person> bySurname(String surname) {
        List<Person> all = surname == null ? null : bySurname.get(Accents.fold(surname.toLowerCase(Locale.ROOT)));
        return all == null ? List.of() : List.copyOf(all);
    }

    /** A person by canonical name ("Lee Jae-myung"), as events carry it; empty when the knowledge base has none. */
    public Optional<Person> person(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(peopleByName.get(name));
    }

    /**
     * How a person is named again: the family name ("Lee" for Lee Jae-myung, first in countries that put it
     * first; "Merz" for Friedrich Merz); the whole name when it is one word.
     */
    public String surname(Person p) {
        List<String> parts = List.of(p.name().split(" "));
        return parts.size() < 2 ? p.name() : callNames(p, parts).get(0);
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

    /** Kinds of organisations.tsv rows that, without a country, name a side of no state: a people, an armed group. */
    private static final Set<String> STATELESS_KINDS = Set.of("ETH", "REB", "IMG");

    /** Waters named after a country ("the Gulf of Oman", "the Sea of Japan"): the country is no side there. */
    private static final Set<String> WATERS = Set.of("Gulf", "Sea", "Bay", "Strait", "Straits", "Bight");

    /** True when the token names the country of a sea's or gulf's name ("Oman" in "the Gulf of Oman"). */
    public static boolean inWaters(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).word().equals("of") && WATERS.contains(tokens.get(i - 2).word());
    }

    /**
     * Features whose name begins with another place's or country's name, which is no side there: "Scarborough Shoal"
     * is not Scarborough in Canada, "the Jordan Valley" not Jordan.
     */
    private static final Set<String> FEATURES = Set.of("Shoal", "Reef", "Atoll", "Valley", "River");

    private static boolean beforeFeature(List<Token> tokens, int end) {
        return end < tokens.size() && FEATURES.contains(tokens.get(end).word());
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
            Match person = byFirstAndLastName(tokens, i);
            if (person != null && (best == null || person.end() > best.end())) best = person;
            if (best != null && (inWaters(tokens, i) || beforeFeature(tokens, best.end()))) {
                i = best.end();
            } else if (best != null) {
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
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0)) && !NameTrie.lowerCaseStart(first)) return null;
        NameTrie.Node n = names.root();
        Match best = null;
        for (int j = i; j < tokens.size(); j++) {
            String w = tokens.get(j).word();
            if (NameTrie.article(w) && j + 1 < tokens.size()) continue;
            n = n.next.get(NameTrie.key(w));
            if (n == null) break;
            // a name's last word in lower case where the name writes it capitalised is no name: "Russia today"
            boolean caseClash = j > i && !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !n.lowerEnd;
            if (!n.entries.isEmpty() && !caseClash) {
                List<Entry> ok = new ArrayList<>();
                String surface = surface(tokens, i, j + 1);
                for (Entry e : n.entries) if (!e.acronym() || surface.equals(surface.toUpperCase(Locale.ROOT))) ok.add(e);
                if (!ok.isEmpty()) best = new Match(i, j + 1, ok);
            }
        }
        return best;
    }

    /**
     * A person named with a middle name the knowledge base does not list: "Omar Hassan al-Bashir" is Omar
     * al-Bashir. A run of three or more capitalised words (initials and the Arabic article allowed inside)
     * whose first and last words are a person's first and last names names that person.
     */
    private Match byFirstAndLastName(List<Token> tokens, int i) {
        String first = tokens.get(i).word();
        if (first.length() < 2 || !Character.isUpperCase(first.charAt(0)) || isTitleWord(first) || NameTrie.article(first)) {
            return null;
        }
        NameTrie.Node n = names.root().next.get(NameTrie.key(first));
        if (n == null) return null;
        int end = i + 1;
        while (end < tokens.size() && end - i < 6) {
            String w = tokens.get(end).word();
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || NameTrie.article(w) || NameTrie.lowerCaseStart(w))) break;
            end++;
        }
        for (int last = end - 1; last >= i + 2; last--) {
            NameTrie.Node m = n.next.get(NameTrie.key(tokens.get(last).word()));
            if (m == null) continue;
            List<Entry> people = m.entries.stream().filter(e -> e.kind() == Entry.Kind.PERSON).toList();
            if (!people.isEmpty()) return new Match(i, last + 1, people);
        }
        return null;
    }

    private static String surface(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) sb.append(tokens.get(k).word());
        return sb.toString();
    }

    /** Collects KB files and builds the immutable base. */
    public static final class Builder {
        /** Surnames of people in office after this day keep their reading as a name over a town of the same name. */
        private static final LocalDate MODERN = LocalDate.of(1999, 12, 31);
        private final Map<String, Country> countries = new LinkedHashMap<>();
        private final Map<String, String> roleNouns = new HashMap<>();
        private final Map<String, List<ContextName>> contextNames = new HashMap<>();
        private final Map<String, List<ContextName>> homonyms = new HashMap<>();
        private final Map<String, Person> people = new LinkedHashMap<>();
        private final Map<String, String> organizationNames = new HashMap<>();
        private final java.util.Set<String> stateless = new java.util.HashSet<>();
        private final Map<String, Media> media = new HashMap<>();
        private final Map<String, List<Person>> bySurname = new HashMap<>();
        private final Map<String, String> countryNames = new HashMap<>();
        private final Set<String> regions = new HashSet<>();
        private final Map<String, List<LocalDate[]>> periods = new HashMap<>();
        /** Names (as lower-cased token keys) from the hand-curated files and user files: generated rows never take them. */
        private final java.util.Set<String> curatedNames = new java.util.HashSet<>();
        /** Name and alias keys of hand-curated people → their canonical name. */
        private final Map<String, String> curatedPeople = new HashMap<>();
        /** Names of people known from generated files only. */
        private final java.util.Set<String> generatedPeople = new java.util.HashSet<>();
        /** Terms that came from generated files (they yield to hand-curated terms). */
        private final java.util.Set<Tenure> generatedTenures = new java.util.HashSet<>();
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
                    case "phoenix-agents" -> roleNouns.putIfAbsent(need(f, 0).toLowerCase(Locale.ROOT), need(f, 1));
                    case "phoenix-organizations" -> generatedOrganization(f);
                    case "phoenix-people" -> generatedPerson(f);
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
            countryNames.putIfAbsent(c.name().toLowerCase(Locale.ROOT), iso3);
            for (String a : c.alternates()) countryNames.putIfAbsent(a.toLowerCase(Locale.ROOT), iso3);
            if (!c.capital().isEmpty()) countryNames.putIfAbsent(c.capital().toLowerCase(Locale.ROOT), iso3);
            name(c.name(), new Entry(Entry.Kind.COUNTRY, iso3, null, c.name(), iso3, null, false));
            for (String a : c.alternates()) name(a, new Entry(Entry.Kind.COUNTRY, iso3, null, c.name(), iso3, null, false));
            for (String d : c.demonyms()) demonym(d, iso3, c.name());
            if (!c.capital().isEmpty()) {
                name(c.capital(), new Entry(Entry.Kind.METONYM, iso3, "GOV", c.name(), iso3, null, false));
            }
        }

        private void extra(String[] f) {
            String iso3 = need(f, 0);
            String kind = need(f, 1);
            String text = need(f, 2);
            if (kind.equals("context")) {
                Set<String> context = Set.of(need(f, 3).split("\\s+"));
                contextNames.computeIfAbsent(text, k -> new ArrayList<>()).add(new ContextName(iso3, context));
                return;
            }
            if (kind.equals("homonym")) { // the fourth column: the country the name otherwise names
                homonyms.computeIfAbsent(text, k -> new ArrayList<>()).add(new ContextName(iso3, Set.of(need(f, 3).split("\\s+"))));
                return;
            }
            String cname = countries.containsKey(iso3) ? countries.get(iso3).name() : iso3;
            if (kind.equals("demonym")) {
                demonym(text, iso3, cname);
                return;
            }
            Entry e = switch (kind) {
                case "name", "region" -> {
                    countryNames.putIfAbsent(text.toLowerCase(Locale.ROOT), iso3);
                    if (kind.equals("region")) regions.add(text.toLowerCase(Locale.ROOT));
                    yield new Entry(Entry.Kind.COUNTRY, iso3, null, cname, iso3, null, false);
                }
                case "group" -> new Entry(Entry.Kind.DEMONYM, iso3, null, cname, iso3, null, false);
                case "metonym" -> new Entry(Entry.Kind.METONYM, iso3, "GOV", cname, iso3, null, false);
                case "metonym-MIL" -> new Entry(Entry.Kind.METONYM, iso3, "MIL", cname, iso3, null, false);
                default -> throw new IllegalArgumentException("kind must be name, region, demonym, group, metonym, metonym-MIL,"
                        + " context or homonym, not '" + kind + "'");
            };
            name(text, e);
        }

        /**
         * A demonym, and the people in the plural as reporters name them ("Algerians", "Argentines", "Czechs",
         * "New Zealanders"), unless the plural is no plural ("the Lebanese", "the French", "the Swiss") or
         * already names something ("Philippines").
         */
        private void demonym(String d, String iso3, String country) {
            name(d, new Entry(Entry.Kind.DEMONYM, iso3, null, country, iso3, null, false));
            String many = d + "s"; // not plural(): Germans, not "Germen"
            if (d.matches(".*(ese|sh|[^e]ch|s|x|y|men|be|na)") || countryNames.containsKey(many.toLowerCase(Locale.ROOT))) return;
            name(many, new Entry(Entry.Kind.DEMONYM, iso3, null, country, iso3, null, false));
        }

        private void organization(String[] f) {
            String code = need(f, 0);
            String name = need(f, 1);
            String country = f.length > 3 && !f[3].isBlank() ? f[3].trim() : null;
            String kind = f.length > 4 && !f[4].isBlank() ? f[4].trim() : "IGO";
            String actorCode = country == null ? code : country + kind;
            // a people (ETH) or a region (REG) with no country is coded by its own CAMEO code
            // a people, or an armed group of no one country (IMG: Islamic State, al-Qaeda)
            if (country == null && STATELESS_KINDS.contains(kind)) stateless.add(code);
            Entry e = ("ETH".equals(kind) || "REG".equals(kind)) && country == null
                    ? new Entry(Entry.Kind.GROUP, actorCode, null, name, null, null, false)
                    : new Entry(Entry.Kind.ORGANIZATION, actorCode, kind, name, country, null, false);
            organizationNames.putIfAbsent(actorCode, name);
            String period = f.length > 7 ? f[7].trim() : "";
            if (!period.isEmpty()) {
                List<LocalDate[]> held = new ArrayList<>();
                for (String one : period.split(";")) held.add(period(one.trim()));
                periods.put(actorCode + "\t" + name, held);
            }
            name(name, e);
            for (String a : list(f, 2)) name(a, e);
            String voice = f.length > 5 ? f[5].trim() : "";
            if (!voice.isEmpty() && !voice.equals("state")) {
                throw new IllegalArgumentException("column 6 must be 'state' (state media) or empty, not '" + voice + "'");
            }
            if (voice.equals("state") && !"MED".equals(kind)) {
                throw new IllegalArgumentException("only media (kind MED) can be marked 'state', not kind " + kind);
            }
            if ("MED".equals(kind) && country != null) {
                Media m = new Media(name, country, voice.equals("state"), f.length > 6 ? f[6].trim() : "");
                media.put(name.toLowerCase(Locale.ROOT), m);
                for (String a : list(f, 2)) media.putIfAbsent(a.toLowerCase(Locale.ROOT), m);
            }
        }

        /** A period "1996-09-27/2001-11-12", either end open as ".." (a row's column 8 has several, ";"-separated). */
        private static LocalDate[] period(String p) {
            String[] ends = p.split("/", -1);
            if (ends.length != 2) throw new IllegalArgumentException("a period is 'from/to' (either end '..'), not '" + p + "'");
            return new LocalDate[] {ends[0].equals("..") ? null : date(ends[0]), ends[1].equals("..") ? null : date(ends[1])};
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
            int at = 0; // a hand-curated term goes before generated ones: the first term covering a date wins
            while (at < tenures.size() && !generatedTenures.contains(tenures.get(at))) at++;
            tenures.add(at, t);
            people.put(name, new Person(name, List.copyOf(aliases), List.copyOf(tenures)));
            generatedPeople.remove(name);
            curatedPeople.putIfAbsent(key(name), name);
            curatedNames.add(key(name));
            for (String a : aliases) {
                curatedPeople.putIfAbsent(key(a), name);
                curatedNames.add(key(a));
            }
        }

        /**
         * A row of phoenix-people.tsv (people columns, then the source): its terms up to the end of 2014; for
         * a person of people.tsv only the parts outside their hand-curated terms; never a name the
         * hand-curated files give to something else.
         */
        private void generatedPerson(String[] f) {
            String name = need(f, 0);
            LocalDate from = date(need(f, 5));
            LocalDate to = f.length > 6 && !f[6].isBlank() ? date(f[6].trim()) : null;
            if (from.isAfter(GENERATED_PEOPLE_UNTIL)) return;
            if (to == null || to.isAfter(GENERATED_PEOPLE_UNTIL)) to = GENERATED_PEOPLE_UNTIL;
            String country = need(f, 2);
            String role = need(f, 3);
            String title = f.length > 4 ? f[4].trim() : "";
            String hand;
            List<String> aliasKeys = List.of();
            if (generatedPeople.contains(name)) {
                hand = null; // a generated person seen on an earlier row
            } else {
                String k = key(name);
                hand = curatedPeople.get(k);
                aliasKeys = new ArrayList<>();
                for (String a : list(f, 1)) {
                    String ak = key(a);
                    aliasKeys.add(ak);
                    if (hand == null) hand = curatedPeople.get(ak);
                }
                if (hand == null && curatedNames.contains(k)) return; // a country's or an organisation's name
                if (hand == null) generatedPeople.add(name);
            }
            String owner = hand != null ? hand : name;
            Person old = people.get(owner);
            List<Tenure> tenures = new ArrayList<>(old == null ? List.of() : old.tenures());
            List<LocalDate[]> pieces = new ArrayList<>();
            pieces.add(new LocalDate[]{from, to});
            if (hand != null) {
                for (Tenure h : tenures) {
                    if (generatedTenures.contains(h)) continue;
                    List<LocalDate[]> next = new ArrayList<>();
                    for (LocalDate[] p : pieces) {
                        LocalDate hEnd = h.to() == null ? LocalDate.MAX : h.to();
                        if (p[1].isBefore(h.from()) || hEnd.isBefore(p[0])) {
                            next.add(p);
                            continue;
                        }
                        if (p[0].isBefore(h.from())) next.add(new LocalDate[]{p[0], h.from().minusDays(1)});
                        if (hEnd.isBefore(p[1])) next.add(new LocalDate[]{hEnd.plusDays(1), p[1]});
                    }
                    pieces = next;
                }
            }
            if (pieces.isEmpty()) return;
            for (LocalDate[] p : pieces) {
                Tenure t = new Tenure(country, role, title, p[0], p[1]);
                generatedTenures.add(t);
                tenures.add(t);
            }
            List<String> aliases = old == null ? new ArrayList<>() : old.aliases();
            if (hand == null && old == null) {
                List<String> given = list(f, 1);
                for (int i = 0; i < given.size(); i++) {
                    if (!aliases.contains(given.get(i)) && !curatedNames.contains(aliasKeys.get(i))) aliases.add(given.get(i));
                }
            }
            people.put(owner, new Person(owner, List.copyOf(aliases), List.copyOf(tenures)));
        }

        /** A row of phoenix-organizations.tsv (organisation columns, then the source); hand-curated names win. */
        private void generatedOrganization(String[] f) {
            String code = need(f, 0);
            String country = f.length > 3 && !f[3].isBlank() ? f[3].trim() : null;
            String kind = f.length > 4 && !f[4].isBlank() ? f[4].trim() : "IGO";
            String actorCode = country == null ? code : country + kind;
            List<String> all = new ArrayList<>();
            all.add(need(f, 1));
            all.addAll(list(f, 2));
            List<List<String>> toks = new ArrayList<>(all.size());
            for (int i = all.size() - 1; i >= 0; i--) {
                List<String> t = tokens(all.get(i));
                if (t.isEmpty() || curatedNames.contains(String.join(" ", t).toLowerCase(Locale.ROOT))) all.remove(i);
                else toks.add(0, t);
            }
            if (all.isEmpty()) return;
            Entry e = new Entry(Entry.Kind.ORGANIZATION, actorCode, kind, all.get(0), country, null, false);
            organizationNames.putIfAbsent(actorCode, all.get(0));
            for (int i = 0; i < all.size(); i++) addTokens(all.get(i), toks.get(i), e);
        }

        /** The look-up key of a name: its tokens, lower-cased, joined by single spaces. */
        private String key(String text) {
            StringBuilder sb = new StringBuilder();
            for (Token t : tokenizer.tokenize(text, 0, text.length())) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(t.word().toLowerCase(Locale.ROOT));
            }
            return sb.toString();
        }

        private static LocalDate date(String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + s + "' is not a date (YYYY-MM-DD)");
            }
        }

        /** A name from a hand-curated (or user) file: indexed, and never taken by a generated row. */
        private void name(String text, Entry e) {
            List<String> toks = addName(text, e);
            if (!toks.isEmpty()) curatedNames.add(String.join(" ", toks).toLowerCase(Locale.ROOT));
        }

        private List<String> tokens(String text) {
            List<Token> ts = tokenizer.tokenize(text, 0, text.length());
            List<String> out = new ArrayList<>(ts.size());
            for (Token t : ts) out.add(t.word());
            return out;
        }

        private List<String> addName(String text, Entry e) {
            return addTokens(text, tokens(text), e);
        }

        private List<String> addTokens(String text, List<String> toks, Entry e) {
            if (toks.isEmpty()) return toks;
            boolean acronym = text.length() <= 5 && text.equals(text.toUpperCase(Locale.ROOT))
                    && text.chars().anyMatch(Character::isLetter);
            names.add(toks, acronym == e.acronym() ? e
                    : new Entry(e.kind(), e.code(), e.role(), e.name(), e.country(), e.person(), acronym));
            return toks;
        }

        /**
         * True when a word is the surname of someone in office since 2000: "Jackson" stays a name, while Goma,
         * a Congolese prime minister's name in 1991, is the city.
         */
        private boolean modernSurname(String word) {
            List<Person> holders = bySurname.get(Accents.fold(word.toLowerCase(Locale.ROOT)));
            if (holders == null) return false;
            return holders.stream().flatMap(x -> x.tenures().stream())
                    .anyMatch(t -> t.to() == null || t.to().isAfter(MODERN));
        }

        /** Indexes a person under their surname (see {@link KnowledgeBase#inOfficeBySurname}). */
        private void surnames(Person p) {
            List<String> toks = tokens(p.name());
            if (toks.size() < 2) return;
            java.util.Set<String> keys = new java.util.LinkedHashSet<>(callNames(p, toks));
            for (String k : List.copyOf(keys)) {
                String l = k.toLowerCase(Locale.ROOT);
                for (String prefix : List.of("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-")) {
                    if (l.startsWith(prefix) && l.length() > prefix.length() + 2) keys.add(k.substring(prefix.length()));
                }
            }
            for (String k : keys) {
                if (k.length() < 3 || !Character.isUpperCase(k.charAt(0))) continue;
                List<Person> l = bySurname.computeIfAbsent(Accents.fold(k.toLowerCase(Locale.ROOT)),
                        x -> new ArrayList<>(1));
                if (!l.contains(p)) l.add(p);
            }
        }

        public KnowledgeBase build() {
            for (Person p : people.values()) {
                Entry e = new Entry(Entry.Kind.PERSON, null, null, p.name(), null, p, false);
                List<String> full = addName(p.name(), e);
                List<String> kept = full.stream().filter(t -> !NameTrie.article(t)).toList();
                // "Omar al-Bashir" for Omar Hassan Ahmad al-Bashir: first and last names also find a person
                if (kept.size() >= 3) addTokens(p.name(), List.of(kept.get(0), kept.get(kept.size() - 1)), e);
                for (String a : p.aliases()) {
                    // "President Xi" as an alias would swallow the title and strand the rest of "President Xi
                    // Jinping"; a monarch's "King Abdullah" is the name itself
                    String first = a.split(" ")[0];
                    if (!TITLE_WORDS.contains(first.toLowerCase(Locale.ROOT)) || isRoyalTitle(first)) addName(a, e);
                }
                surnames(p);
            }
            if (countries.isEmpty()) throw new IllegalStateException("knowledge base has no countries: kb/countries.tsv"
                    + " is missing or empty (regenerate with scripts/gen-kb.sh)");
            for (Place p : places.all()) {
                // a city named where a side is expected stands for its country ("drones struck Kharkiv"); a name
                // that is anything else (a country, a capital, an organisation, a surname) keeps that reading
                String k = key(p.name());
                Country c = countries.get(p.country());
                if (c == null || p.name().length() < 4 || curatedNames.contains(k) || modernSurname(p.name())) {
                    continue;
                }
                Entry e = new Entry(Entry.Kind.PLACE, p.country(), null, c.name(), p.country(), null, false);
                addName(p.name(), e);
                if (p.name().endsWith(" City") && !curatedNames.contains(key(p.name().substring(0, p.name().length() - 5)))) {
                    addName(p.name().substring(0, p.name().length() - 5), e); // "New York", not York in England
                }
            }
            return new KnowledgeBase(this);
        }
    }
}
