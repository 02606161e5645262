package readout.core.extract;

import readout.core.kb.Entry;
import readout.core.kb.KnowledgeBase;
import readout.core.kb.Person;
import readout.core.kb.Tenure;
import readout.core.model.Actor;
import readout.core.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * Stage 3, actors: longest-match look-up of knowledge-base names over a sentence's tokens, people resolved
 * to the role they held on the article's date, short names ("Lee", "Xi") resolved through the discourse to
 * a person named in full earlier, or else to the one office-holder on the article's date with that surname,
 * and a people's name after a country's ("Iraqi Kurds") read as that country's group (IRQKUR).
 */
public final class ActorRecognizer {
    private static final Set<String> FORMER = Set.of("former", "ex", "late");

    /**
     * Capitalised words that are never a bare surname: months, days, pronouns and sentence openers, and names of
     * languages and faiths that some office-holder also bears ("Al Jazeera English" is no Bill English, "a historic
     * Christian town" no Christian).
     */
    private static final Set<String> NOT_SURNAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "the", "this", "that", "these", "those", "there", "then",
            "they", "their", "she", "her", "his", "him", "its", "our", "you", "your", "and", "but", "for", "not",
            "with", "from", "after", "before", "when", "while", "where", "what", "which", "who", "why", "how",
            "all", "some", "both", "each", "any", "many", "most", "more", "one", "two", "three", "new", "last",
            "next", "first", "mr", "mrs", "ms", "miss", "sir", "lord", "lady", "god", "allah", "christmas",
            "easter", "ramadan", "eid", "north", "south", "east", "west", "central", "northern", "southern",
            "eastern", "western", "state", "states", "house", "city", "province", "island", "islands", "river",
            "sea", "ocean", "street", "square", "party", "army", "union", "council", "court", "university",
            "news", "times", "post", "daily", "press", "reuters", "agency", "minister", "president", "king",
            "queen", "prince", "general", "senator", "governor", "chairman", "secretary", "ambassador",
            "english", "french", "german", "spanish", "arabic", "christian", "muslim", "catholic", "jewish", "islamic");
    /** Words of a portfolio in a title of office ("Foreign", "Unification", "Trade"). */
    private static final Set<String> PORTFOLIOS = Set.of("foreign", "defence", "defense", "finance", "trade",
            "interior", "home", "unification", "economy", "economic", "commerce", "industry", "energy", "justice",
            "affairs", "security", "national", "consul", "adviser", "advisor", "chief", "cabinet", "special",
            "director", "top", "senior", "assistant", "vice", "deputy", "first", "state", "councillor", "councilor");
    /** Words that give a bearing from a place ("north of Kyiv", "the outskirts of Khartoum"). */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "outskirts");
    /** Words by which copy names again a group it has named ("the group said", "the militia"). */
    private static final Set<String> GROUP_WORDS = Set.of("group", "militia", "movement", "organisation", "organization");
    /** Plural words for an armed group's members: "the insurgents" after the Taliban are the Taliban. */
    private static final Set<String> ARMED_WORDS = Set.of("insurgents", "rebels", "militants", "guerrillas", "jihadists");
    /** Words that make the name after them someone's own. */
    private static final Set<String> OWNERS = Set.of("his", "her", "its", "their");
    /** A lower-case plural noun, what a possessive before a name owns ("its European Union partners"). */
    private static final Pattern PLURAL = Pattern.compile("\\p{Ll}+s");
    private static final Pattern GERUND = Pattern.compile("\\p{Ll}+ing");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’\\-]*\\p{Ll}");

    private final KnowledgeBase kb;

    public ActorRecognizer(KnowledgeBase kb) {
        this.kb = kb;
    }

    public List<Mention> recognize(String text, List<Token> tokens, Discourse discourse) {
        List<Mention> out = new ArrayList<>();
        List<KnowledgeBase.Match> matches = kb.match(tokens);
        boolean[] inMatch = new boolean[tokens.size()];
        for (KnowledgeBase.Match m : matches) for (int i = m.start(); i < m.end(); i++) inMatch[i] = true;
        // (asked only of a name several people in office bear, so not built for every sentence)
        Supplier<Set<String>> countries = () -> countriesNamed(matches, discourse);
        int next = 0;
        Mention previous = null;
        int previousEnd = -1;
        for (KnowledgeBase.Match m : matches) {
            for (int i = next; i < m.start(); i++) shortName(text, tokens, i, inMatch, discourse, countries).ifPresent(out::add);
            Mention shared = sharedName(text, tokens, m, discourse.published());
            if (shared != null) out.add(shared);
            if (owned(tokens, m)) {
                next = Math.max(next, m.end());
                continue;
            }
            Mention mention = toMention(text, tokens, m, discourse.published(), countries);
            if (mention.kind() == Entry.Kind.METONYM && bearing(tokens, m.start())) {
                // "a town north of Port-au-Prince": the capital as a point on the map, the country's ground
                mention = placeIn(mention.actor(), mention.actor().country());
            }
            String part = mention.kind() == Entry.Kind.COUNTRY && placePhrase(tokens, m.start())
                    ? kb.homonym(mention.actor().text(), discourse::hasNamed).orElse(null) : null;
            // "a Hyundai plant in Georgia" in a story that has named the United States: a place in that country
            // ("criticised Georgia" names the country as a side)
            if (part != null) mention = placeIn(mention.actor(), part);
            if (previous != null && previousEnd == m.start() && isGroup(mention) && isNational(previous)) {
                // "Iraqi Kurds", "Turkish Kurds", "Iraqi Shiites": the country's group
                mention = nationalGroup(text, previous, mention);
                out.remove(out.size() - 1);
            }
            out.add(mention);
            discourse.remember(mention, tokens.subList(m.start(), m.end()).stream().map(Token::word).toList());
            next = Math.max(next, m.end());
            previous = mention;
            previousEnd = m.end();
            if (isNational(mention)) {
                int[] span = titledName(tokens, m.end(), inMatch);
                if (span != null) {
                    // "Japanese Ambassador to China Kenji Kanasugi": a person the base does not know, of the
                    // country and role the title gives, and by either name alone later in the article
                    Mention person = titled(text, tokens, mention.actor(), m.end(), span);
                    out.add(person);
                    discourse.remember(person, tokens.subList(span[0], span[1]).stream().map(Token::word).toList());
                    next = Math.max(next, span[1]);
                }
            }
        }
        for (int i = next; i < tokens.size(); i++) shortName(text, tokens, i, inMatch, discourse, countries).ifPresent(out::add);
        return out;
    }

    /** The words of {@code a} read as a place in the country {@code iso3}. */
    private Mention placeIn(Actor a, String iso3) {
        return new Mention(new Actor(a.text(), kb.displayName(iso3), iso3, iso3, null, null, a.start(), a.end()), Entry.Kind.PLACE);
    }

    /** True when the name at {@code i} is where something is: "in Georgia", "the state of Georgia". */
    private static boolean placePhrase(List<Token> tokens, int i) {
        String before = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
        return before.equals("in") || before.equals("of") && i > 1 && tokens.get(i - 2).word().equalsIgnoreCase("state");
    }

    /**
     * The country a bearing names when it shares the name after "and": "North" in "North and South Korea" is North
     * Korea, when the knowledge base knows that country; null otherwise.
     */
    private Mention sharedName(String text, List<Token> tokens, KnowledgeBase.Match m, LocalDate date) {
        int first = m.start() - 2;
        if (first < 0 || m.end() - m.start() != 2 || !capitalBearing(tokens.get(first).word())
                || !capitalBearing(tokens.get(m.start()).word()) || !tokens.get(first + 1).word().equals("and")) return null;
        List<KnowledgeBase.Match> named = kb.match(List.of(tokens.get(first), tokens.get(m.end() - 1)));
        if (named.size() != 1 || named.get(0).start() != 0 || named.get(0).end() != 2) return null;
        if (choose(named.get(0).entries(), date).kind() != Entry.Kind.COUNTRY) return null;
        return toMention(text, tokens, new KnowledgeBase.Match(first, first + 1, named.get(0).entries()), date, Set::of);
    }

    /** A bearing written as part of a name: "North", "South". */
    private static boolean capitalBearing(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && COMPASS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when the words before token {@code i} give a bearing from it ("north of", "30 km southwest of"). */
    private static boolean bearing(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).word().equals("of") && compass(tokens.get(i - 2).word());
    }

    /** True for a word of bearing: "north", "southwest", "outskirts". */
    static boolean compass(String word) {
        return COMPASS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * True for an international body's name that a pronoun owns: "his Security Council" is a state's own council,
     * not the United Nations' ("bin Laden's al-Qaeda" is still al-Qaeda). Not before a plural noun, which is what
     * the pronoun owns ("its European Union partners").
     */
    private static boolean owned(List<Token> tokens, KnowledgeBase.Match m) {
        if (m.start() == 0 || !OWNERS.contains(tokens.get(m.start() - 1).word().toLowerCase(Locale.ROOT))) return false;
        if (m.end() < tokens.size() && PLURAL.matcher(tokens.get(m.end()).word()).matches()) return false;
        for (Entry e : m.entries()) {
            if (e.kind() != Entry.Kind.ORGANIZATION || e.country() != null && !e.country().isEmpty()) return false;
        }
        return true;
    }

    /**
     * The name after a country's title words ("Vice Foreign Minister Sun Weidong", "Ambassador to China Kenji
     * Kanasugi", "Consul General in Osaka Xue Jian"), as a token span, when the title has a word of office and
     * the name two or three capitalised words that no knowledge-base name covers; else null.
     */
    private int[] titledName(List<Token> tokens, int from, boolean[] inMatch) {
        int i = from;
        if (i < tokens.size() && tokens.get(i).word().matches("['’]s?")) i++; // "China's Consul General ..."
        boolean office = false;
        int titleStart = i;
        while (i < tokens.size()) {
            String w = tokens.get(i).word();
            String lower = w.toLowerCase(Locale.ROOT);
            if ((lower.equals("to") || lower.equals("in")) && i > titleStart && i + 1 < tokens.size() && inMatch[i + 1]) {
                i += 2; // "to China", "in Osaka"
                while (i < tokens.size() && inMatch[i] && capitalised(tokens.get(i).word())) i++;
                continue;
            }
            if (inMatch[i] || !Character.isLetter(w.charAt(0))) break; // titles are also written in lower case
            boolean title = KnowledgeBase.isTitleWord(w) || kb.roleOf(lower) != null || PORTFOLIOS.contains(lower);
            if (!title) break;
            office |= KnowledgeBase.isTitleWord(w) || kb.roleOf(lower) != null;
            i++;
        }
        if (!office || i == titleStart) return null;
        int start = i;
        while (i < tokens.size() && i - start < 3 && !inMatch[i] && NAME_WORD.matcher(tokens.get(i).word()).matches()
                && (KnowledgeBase.isTitleWord(tokens.get(i).word()) ? surnameAfterGivenName(tokens, start, i)
                        : !NOT_SURNAMES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT)))) {
            i++;
        }
        if (i - start < 2 || i < tokens.size() && capitalised(tokens.get(i).word()) && !inMatch[i]) return null;
        return new int[] {start, i};
    }

    /**
     * True for a title word that is the surname of the name begun at {@code start}: the name's second word, after
     * a given name, and last ("Defence Secretary Tom King said"), not a title that follows it.
     */
    private static boolean surnameAfterGivenName(List<Token> tokens, int start, int i) {
        return i == start + 1 && (i + 1 == tokens.size() || !capitalised(tokens.get(i + 1).word()));
    }

    /** Words of the titles of a state's head, whom a bare surname names before his namesakes in lesser offices. */
    private static final List<String> HEADS = List.of("leader", "president", "king", "queen", "emir", "sultan",
            "general secretary");
    /** Words of the titles of a state's or a government's head, whose bare surname stays in the news out of office. */
    private static final List<String> LEADERS = Stream.concat(HEADS.stream(), Stream.of("prime minister", "chancellor", "premier")).toList();

    /**
     * Of several office-holders a bare surname may name, those of the countries the sentence or its dateline names
     * (all of them when it names none of their countries), and of those the one state's head among them if there is
     * one: "Putin and Kim signed a pact in Pyongyang" in 2024 is Kim Jong Un, not his sister; "Xi and Kim held talks
     * in Beijing" in 2025 is Kim Jong Un, not South Korea's prime minister; "Mr. Bush" in 2004 is the president, not a
     * Cayman Islands minister; on a handover day, the head who came in ("Lee" on 4 June 2025 is Lee Jae-myung, not the
     * acting president Lee Ju-ho).
     */
    private static List<Person> namesakes(List<Person> holders, Set<String> named, LocalDate date) {
        List<Person> here = holders.stream()
                .filter(p -> p.roleOn(date).filter(t -> named.contains(t.country())).isPresent()).toList();
        if (here.isEmpty()) here = holders;
        // of several heads, the one of the higher office (the leader Kim Jong Il or Kim Jong Un before the nominal head
        // of state Kim Yong Nam), then the one who came in last (a handover day, when the outgoing head and the
        // incoming one both hold office)
        return here.stream().filter(p -> headSince(p, date) != null)
                .max(Comparator.comparing((Person p) -> -headRank(p, date)).thenComparing(p -> headSince(p, date)))
                .map(List::of).orElse(here);
    }

    /** The rank of the highest head's office a person holds on {@code date}: the index of its word in {@link #HEADS}. */
    private static int headRank(Person p, LocalDate date) {
        return p.tenures().stream().filter(t -> t.covers(date) && t.title() != null)
                .mapToInt(t -> java.util.stream.IntStream.range(0, HEADS.size()).filter(i -> t.title().contains(HEADS.get(i)))
                        .findFirst().orElse(HEADS.size()))
                .min().orElse(HEADS.size());
    }

    /**
     * The former state's head a bare surname names when no one in office bears it: "a court convicted Bolsonaro" in
     * 2025, "a court sentenced Hasina". Only when everyone the knowledge base lists with the surname is of one country; of
     * its heads, the one who left office last before the date (who will be named as one of its elites).
     */
    private List<Person> formerHead(String surname, LocalDate date) {
        List<Person> known = kb.bySurname(surname);
        if (known.stream().flatMap(p -> p.tenures().stream()).map(Tenure::country).distinct().count() != 1) return List.of();
        return known.stream().filter(p -> headUntil(p, date) != null)
                .max(Comparator.comparing(p -> headUntil(p, date))).map(List::of).orElse(List.of());
    }

    /** When a person last left office as a state's head before {@code date}, or null when never. */
    private static LocalDate headUntil(Person p, LocalDate date) {
        return p.tenures().stream().filter(t -> t.to() != null && t.to().isBefore(date) && t.title() != null
                        && LEADERS.stream().anyMatch(t.title()::contains) && !t.title().matches(".*\\b(vice|deputy|acting)\\b.*"))
                .map(Tenure::to).max(Comparator.naturalOrder()).orElse(null);
    }

    /** When a person's tenure as a state's head that covers {@code date} began, or null when none does. */
    private static LocalDate headSince(Person p, LocalDate date) {
        return p.tenures().stream().filter(t -> t.covers(date) && t.title() != null && HEADS.stream().anyMatch(t.title()::contains))
                .map(Tenure::from).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The person a title names: the country's, with the role of the title's last word of office. */
    private Mention titled(String text, List<Token> tokens, Actor country, int titleFrom, int[] name) {
        List<String> words = tokens.subList(titleFrom, name[0]).stream().map(Token::word)
                .filter(w -> !w.matches("['’]s?")).toList();
        String role = kb.roleOfTitle(words);
        if (role == null) role = "GOV";
        String title = String.join(" ", words).toLowerCase(Locale.ROOT);
        int start = tokens.get(name[0]).start();
        int end = tokens.get(name[1] - 1).end();
        String surface = text.substring(start, end);
        return new Mention(new Actor(surface, surface, country.country() + role, country.country(), role,
                title, start, end), Entry.Kind.PERSON);
    }

    private static boolean isGroup(Mention m) {
        return m.kind() == Entry.Kind.GROUP && m.actor().country() == null;
    }

    private static boolean isNational(Mention m) {
        return (m.kind() == Entry.Kind.DEMONYM || m.kind() == Entry.Kind.COUNTRY) && m.actor().country() != null
                && m.actor().role() == null;
    }

    private static Mention nationalGroup(String text, Mention country, Mention group) {
        Actor c = country.actor();
        Actor g = group.actor();
        String surface = text.substring(c.start(), g.end());
        return new Mention(new Actor(surface, g.name() + " (" + c.name() + ")", c.country() + g.code(), c.country(),
                g.code(), null, c.start(), g.end()), Entry.Kind.GROUP);
    }

    /**
     * A bare name that is no knowledge-base name: a person's short name introduced earlier ("Lee" after "Lee
     * Jae-myung"), else the surname of exactly one person in office on the article's date ("Lee urged Ishiba"
     * in June 2025). Remembered for pronouns too.
     */
    private Optional<Mention> shortName(String text, List<Token> tokens, int i, boolean[] inMatch, Discourse discourse,
                                      Supplier<Set<String>> countries) {
        Token t = tokens.get(i);
        Optional<Mention> inContext = contextualName(tokens, i, discourse);
        if (inContext.isPresent()) return inContext;
        if (i + 1 < tokens.size() && namePart(tokens.get(i + 1).word())
                && !NOT_SURNAMES.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // "Francis Fukuyama" after Pope Francis: a given name of a longer name
        }
        Optional<Mention> m = discourse.byShortName(t.word()).map(p -> new Mention(
                p.actor().withSpan(text.substring(t.start(), t.end()), t.start(), t.end()), Entry.Kind.PERSON));
        if (m.isEmpty()) m = surnameOnDate(text, tokens, i, inMatch, discourse, countries);
        m.ifPresent(x -> discourse.remember(x, List.of()));
        return m;
    }

    /**
     * A word that names a country after "the" in this article's context (country-extras.tsv, kind context):
     * "the North" once North or South Korea has been named; not before a capitalised word ("the North Sea").
     */
    private Optional<Mention> contextualName(List<Token> tokens, int i, Discourse discourse) {
        Token t = tokens.get(i);
        // "the group of experts" is a count; "accused the group of stalling" names the group
        boolean counts = i + 1 < tokens.size() && tokens.get(i + 1).word().equals("of")
                && !(i + 2 < tokens.size() && GERUND.matcher(tokens.get(i + 2).word()).matches());
        if (GROUP_WORDS.contains(t.word()) && !counts && i > 0 && (tokens.get(i - 1).word().equalsIgnoreCase("the")
                || i > 1 && tokens.get(i - 2).word().equalsIgnoreCase("the") && tokens.get(i - 1).word().matches("\\p{Ll}+"))) {
            // "the group", "the militant group", "the rights group": the armed group or organisation named last
            return discourse.lastGroup().map(g -> new Mention(g.actor().withSpan(t.word(), t.start(), t.end()), g.kind()));
        }
        if (i == 0 || !tokens.get(i - 1).word().equalsIgnoreCase("the")) return Optional.empty();
        if (ARMED_WORDS.contains(t.word())) {
            // "a meeting with Taliban leaders ... talks with the insurgents": the armed group named last
            Optional<Mention> group = discourse.lastGroup().filter(g -> "REB".equals(g.actor().role()))
                    .map(g -> new Mention(g.actor().withSpan(t.word(), t.start(), t.end()), g.kind()));
            if (group.isPresent()) return group;
        }
        if (i + 1 < tokens.size() && capitalised(tokens.get(i + 1).word())) return Optional.empty();
        // a country ("the North"), or an organisation ("the alliance" after NATO, "the bloc" after the EU)
        return kb.contextualName(t.word(), discourse::hasNamed).map(code -> kb.country(code).isPresent()
                ? new Mention(new Actor(t.word(), kb.displayName(code), code, code, null, null, t.start(), t.end()), Entry.Kind.COUNTRY)
                : new Mention(new Actor(t.word(), kb.displayName(code), code, null, null, null, t.start(), t.end()), Entry.Kind.ORGANIZATION));
    }

    /**
     * The one office-holder on the article's date whose surname a capitalised word is, when the word can
     * only be a name: at least three letters, capitalised but not in capitals, not a month, day or sentence
     * opener, not a place, never written in lower case in the article (so "Rice" is a name only where "rice"
     * is not a word of the text), not part of a longer unknown name ("Spike Lee", "Lee Kuan Yew"), and no
     * other person in office that day with the same surname. The resolution holds for the rest of the
     * article.
     */
    private Optional<Mention> surnameOnDate(String text, List<Token> tokens, int i, boolean[] inMatch,
                                            Discourse discourse, Supplier<Set<String>> countries) {
        Token t = tokens.get(i);
        String w = t.word();
        if (discourse.published() == null || w.length() < 3 || !NAME_WORD.matcher(w).matches()) return Optional.empty();
        String lower = w.toLowerCase(Locale.ROOT);
        if (NOT_SURNAMES.contains(lower)) return Optional.empty();
        List<Person> holders = kb.inOfficeBySurname(w, discourse.published());
        if (i > 0 && KnowledgeBase.isRoyalTitle(tokens.get(i - 1).word())) {
            // "King Abdullah" is no Abdullah Abdullah of Afghanistan
            holders = holders.stream().filter(p -> p.roleOn(discourse.published())
                    .map(r -> KnowledgeBase.isRoyalOffice(r.title())).orElse(false)).toList();
        }
        if (holders.size() > 1 && i > 0 && KnowledgeBase.isTitleWord(tokens.get(i - 1).word())) {
            // "President Bush" in 2004, when a Cayman Islands minister was a Bush too: the holder whose known
            // office the title names
            String title = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
            List<Person> titled = holders.stream().filter(p -> p.roleOn(discourse.published())
                    .map(r -> r.title() != null && r.title().endsWith(title)).orElse(false)).toList();
            if (!titled.isEmpty()) holders = titled;
        }
        LocalDate asOf = discourse.published();
        if (holders.isEmpty() && i > 0 && KnowledgeBase.isTitleWord(tokens.get(i - 1).word())) {
            // "President Bush" on a date between two Bushes' terms: whoever it is, the country is one, and the
            // title says he holds the office
            String title = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
            List<Person> known = kb.bySurname(w);
            // those who ever held an office the title names ("President Bush" is no Cayman Islands minister)
            List<Person> titled = known.stream().filter(p -> p.tenures().stream()
                    .anyMatch(office -> office.title() != null && office.title().endsWith(title))).toList();
            if (!titled.isEmpty()) known = titled;
            boolean oneCountry = !known.isEmpty() && known.stream()
                    .map(p -> p.nearest(discourse.published()).country()).distinct().count() == 1;
            if (oneCountry) {
                LocalDate on = discourse.published();
                holders = List.of(known.stream().min(Comparator.comparingLong(p -> p.nearest(on).distance(on))).orElseThrow());
                boolean former = i > 1 && FORMER.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT));
                if (!former) asOf = holders.get(0).nearest(on).from(); // "Former President Clinton" stays former
            }
        }
        if (holders.isEmpty()) holders = formerHead(w, discourse.published());
        if (holders.size() > 1) holders = namesakes(holders, countries.get(), discourse.published());
        if (holders.size() != 1) return Optional.empty();
        if (i > 0 && !inMatch[i - 1] && capitalised(tokens.get(i - 1).word())
                && !KnowledgeBase.isTitleWord(tokens.get(i - 1).word())) {
            return Optional.empty();
        }
        // a capitalised word before another is part of a longer name; at the head of a sentence, before any
        // capitalised word ("Young Algerians blocked roads" is no one named Young)
        if (i + 1 < tokens.size() && (!inMatch[i + 1] || i == 0) && namePart(tokens.get(i + 1).word())) {
            return Optional.empty();
        }
        if (kb.places().find(w).isPresent()) return Optional.empty();
        // listed with a capitalised word that names no one, it is one of a list of things ("fined Apple and Meta"),
        // unless it is the name of someone in office ("hosted Witkoff and Kushner")
        for (int step : holders.get(0).inOffice(discourse.published()) ? new int[0] : new int[] {-1, 1}) {
            int link = i + step, item = i + 2 * step;
            if (item < 0 || item >= tokens.size() || !LIST_LINKS.contains(tokens.get(link).word().toLowerCase(Locale.ROOT))) continue;
            String other = tokens.get(item).word();
            if (capitalised(other) && !inMatch[item] && !KnowledgeBase.isTitleWord(other) && kb.bySurname(other).isEmpty()) {
                return Optional.empty();
            }
        }
        if (Pattern.compile("\\b" + Pattern.quote(lower) + "\\b").matcher(text).find()) return Optional.empty();
        Person p = holders.get(0);
        Mention m = new Mention(person(p, text.substring(t.start(), t.end()), t.start(), t.end(), asOf),
                Entry.Kind.PERSON);
        discourse.introduce(w, m);
        return Optional.of(m);
    }

    /** Words that join the items of a list. */
    private static final Set<String> LIST_LINKS = Set.of("and", "or", ",", "&");

    /** Particles inside Arabic and European names: "Khalil al-Hayya", "Ursula von der Leyen". */
    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "bint", "de", "van",
            "von", "da", "del", "der", "di", "la", "le");

    /** True when a word goes on a name: a capitalised word or a name particle. */
    private static boolean namePart(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        return capitalised(w) || NAME_PARTICLES.contains(lower) || dash > 0 && NAME_PARTICLES.contains(lower.substring(0, dash));
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLetter);
    }

    /**
     * A match's reading as a mention; of several people in office on the date under one name, the one whose country
     * is among {@code countries}.
     */
    private Mention toMention(String text, List<Token> tokens, KnowledgeBase.Match m, LocalDate date,
                              Supplier<Set<String>> countries) {
        int start = tokens.get(m.start()).start();
        int end = tokens.get(m.end() - 1).end();
        String surface = text.substring(start, end);
        Entry e = ofCountryNamed(m.entries(), date, countries).orElseGet(() -> choose(m.entries(), date));
        Actor a = switch (e.kind()) {
            case PERSON -> person(e.person(), surface, start, end, date);
            case COUNTRY, DEMONYM, PLACE -> new Actor(surface, e.name(), e.code(), e.code(), null, null, start, end);
            case METONYM -> new Actor(surface, e.name(), e.code() + e.role(), e.code(), e.role(), null, start, end);
            case ORGANIZATION -> new Actor(surface, e.name(), e.code(), e.country(), e.role(), null, start, end);
            case GROUP -> new Actor(surface, e.name(), e.code(), null, null, null, start, end);
        };
        return new Mention(a, e.kind());
    }

    /**
     * Of several people in office on the date under one name ("King Abdullah" of Saudi Arabia and of Jordan, 2005-15),
     * the one whose country the sentence or its dateline names ("AMMAN - Thousands of Jordanians ... chanting slogans
     * against King Abdullah"); empty when fewer than two hold office or none or several of their countries are named.
     */
    private static Optional<Entry> ofCountryNamed(List<Entry> entries, LocalDate date,
                                                  Supplier<Set<String>> countries) {
        List<Entry> holders = entries.stream()
                .filter(e -> e.kind() == Entry.Kind.PERSON && e.person().inOffice(date)).toList();
        if (holders.size() < 2) return Optional.empty();
        Set<String> named = countries.get();
        List<Entry> here = holders.stream()
                .filter(e -> e.person().roleOn(date).filter(t -> named.contains(t.country())).isPresent()).toList();
        return here.size() == 1 ? Optional.of(here.get(0)) : Optional.empty();
    }

    /** The countries a sentence's names stand for (a country, its people, its capital, a place in it) and its dateline's. */
    private Set<String> countriesNamed(List<KnowledgeBase.Match> matches, Discourse discourse) {
        Set<String> out = new java.util.HashSet<>();
        for (KnowledgeBase.Match m : matches) {
            Entry e = choose(m.entries(), discourse.published());
            if (e.kind() != Entry.Kind.PERSON && e.kind() != Entry.Kind.ORGANIZATION && e.kind() != Entry.Kind.GROUP) {
                out.add(e.code());
            }
        }
        discourse.filedFrom().ifPresent(a -> out.add(a.country()));
        return out;
    }

    /** Among readings of one name, a person in office on the date first, then organisations, then places. */
    private Entry choose(List<Entry> entries, LocalDate date) {
        return entries.stream().min(Comparator.comparingInt(e -> switch (e.kind()) {
            case PERSON -> e.person().inOffice(date) ? 0 : 5;
            case ORGANIZATION -> kb.holdsOn(e, date) ? 1 : 7; // a row for another period: the Taliban out of power
            case COUNTRY -> 2;
            case METONYM -> 3;
            case DEMONYM, GROUP -> 4;
            case PLACE -> 6;
        })).orElseThrow();
    }

    private Actor person(Person p, String surface, int start, int end, LocalDate date) {
        Optional<Tenure> now = p.roleOn(date);
        Tenure t = now.orElseGet(() -> p.nearest(date));
        boolean stateless = kb.country(t.country()).isEmpty();
        // out of office on the date, a known office-holder is one of the country's elites (CAMEO's ELI)
        String role = now.map(Tenure::role).orElse(stateless ? null : "ELI");
        String code = stateless ? t.country() : t.country() + (role == null ? "" : role);
        return new Actor(surface, p.name(), code, stateless ? null : t.country(), stateless ? "IGO" : role,
                now.map(Tenure::title).filter(x -> !x.isBlank()).orElse(null), start, end);
    }

    /** First day in office of the person a name refers to on a date (for "six days into Lee's term"). */
    public Optional<LocalDate> tenureStart(String name, Discourse discourse) {
        Optional<Mention> m = discourse.byShortName(name);
        String full = m.map(x -> x.actor().name()).orElse(name);
        List<Token> toks = new readout.core.nlp.Tokenizer().tokenize(full, 0, full.length());
        for (KnowledgeBase.Match match : kb.match(toks)) {
            for (Entry e : match.entries()) {
                if (e.kind() == Entry.Kind.PERSON && discourse.published() != null) {
                    Optional<Tenure> t = e.person().roleOn(discourse.published());
                    if (t.isPresent()) return Optional.of(t.get().from());
                }
            }
        }
        return Optional.empty();
    }
}
