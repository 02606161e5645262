package readout.core.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import readout.core.Resources;
import readout.core.nlp.Tokenizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The knowledge-base files generated from the Phoenix/PETRARCH2 dictionaries, and their precedence. */
class PhoenixKbTest {
    private static final KnowledgeBase KB = KnowledgeBase.builtIn();
    private static final Pattern PROVENANCE = Pattern.compile("Phoenix\\.(agents|Countries\\.actors|International\\.actors"
            + "|MilNonState\\.actors)\\.txt:[1-9][0-9]*");

    @TempDir
    Path dir;

    private static Person person(KnowledgeBase kb, String name) {
        String text = name + " spoke.";
        for (KnowledgeBase.Match m : kb.match(new Tokenizer().tokenize(text, 0, text.length()))) {
            for (Entry e : m.entries()) if (e.kind() == Entry.Kind.PERSON) return e.person();
        }
        throw new AssertionError("no person named " + name);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // imported from Phoenix.agents.txt
            "soldier, MIL", "troop, MIL", "police, COP", "policeman, COP", "rebel, REB", "insurgent, REB",
            "villager, CVL", "civilian, CVL", "refugee, REF", "judge, JUD", "lawmaker, LEG", "gunman, UAF",
            "settler, CVL", "student, EDU",
            // roles.tsv wins where the two disagree (Phoenix: protester, activist OPP; militant UAF)
            "protester, CVL", "activist, CVL", "militant, REB", "ministry, GOV", "court, JUD"})
    void agent_nouns_give_roles_and_hand_rows_win(String lemma, String role) {
        assertEquals(role, KB.roleOf(lemma));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}{3}")
    @CsvSource({
            "Boris Yeltsin, 1995-06-01, RUS, GOV",
            "Yasser Arafat, 1998-03-01, PSE, GOV",
            "Yasir Arafat, 2001-09-12, PSE, GOV",
            "Kofi Annan, 2000-01-10, UNO, IGO",
            "Ibrahim Rugova, 2003-05-01, XKX, GOV",
            "Saddam Hussein, 1999-01-01, IRQ, GOV",
            "Roh Moo Hyun, 2005-01-01, KOR, GOV",
            // people.tsv people gain their Phoenix terms before 2015
            "Vladimir Putin, 2005-01-01, RUS, GOV",
            "Sergei Lavrov, 2000-01-01, RUS, GOV"})
    void people_of_the_1990s_and_2000s_hold_their_phoenix_roles(String name, String date, String country, String role) {
        Tenure t = person(KB, name).roleOn(LocalDate.parse(date)).orElseThrow(() -> new AssertionError(name + " not in office"));
        assertEquals(country, t.country());
        assertEquals(role, t.role());
    }

    @Test
    void from_2015_on_people_tsv_is_authoritative() {
        Person putin = person(KB, "Vladimir Putin");
        assertEquals("president", putin.roleOn(LocalDate.of(2020, 1, 1)).orElseThrow().title());
        Person lavrov = person(KB, "Sergei Lavrov");
        assertEquals("foreign minister", lavrov.roleOn(LocalDate.of(2010, 1, 1)).orElseThrow().title(),
                "people.tsv's term from 2004 beats Phoenix's");
        assertEquals("", lavrov.roleOn(LocalDate.of(2000, 1, 1)).orElseThrow().title(), "Phoenix gives no title");
        // a Phoenix-only person is out of office after 2014 whatever Phoenix said
        Person karzai = person(KB, "Hamid Karzai");
        assertTrue(karzai.roleOn(LocalDate.of(2010, 1, 1)).isPresent());
        assertTrue(karzai.roleOn(LocalDate.of(2015, 1, 1)).isEmpty());
        assertEquals("AFG", karzai.nearest(LocalDate.of(2016, 1, 1)).country());
    }

    @Test
    void no_generated_term_reaches_2015() {
        int rows = 0;
        for (String line : Resources.lines("kb/phoenix-people.tsv")) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            rows++;
            assertTrue(LocalDate.parse(f[6]).isBefore(LocalDate.of(2015, 1, 1)), line);
            assertFalse(LocalDate.parse(f[5]).isAfter(LocalDate.parse(f[6])), line);
        }
        assertTrue(rows > 1000, "rows: " + rows);
    }

    @ParameterizedTest
    @CsvSource({"phoenix-agents, 4", "phoenix-people, 8", "phoenix-organizations, 6"})
    void every_generated_row_carries_its_provenance(String file, int columns) {
        List<String> lines = Resources.lines("kb/" + file + ".tsv");
        String header = String.join("\n", lines.subList(0, 6));
        assertTrue(header.contains("scripts/gen-phoenix.py"), header);
        assertTrue(header.contains("MIT") && header.contains("Open Event Data"), header);
        assertTrue(header.contains("676801cd9cb2924bbbad09f86d15c9323e7097bf"), header);
        int rows = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            assertEquals(columns, f.length, line);
            assertTrue(PROVENANCE.matcher(f[columns - 1]).matches(), line);
            rows++;
        }
        assertTrue(rows > 100, file + " rows: " + rows);
    }

    @Test
    void a_hand_curated_row_wins_over_a_generated_row() throws IOException {
        Path f = dir.resolve("kb.tsv");
        Files.writeString(f, String.join("\n",
                "@people",
                "Jane Example\tJ. Example\tKOR\tGOV\tforeign minister\t2010-01-01\t",
                "@phoenix-people",
                // overlaps her hand-curated term: only 2005-2009 survives; nothing after 2014 is taken
                "Jane Example\t\tKOR\tMIL\t\t2005-01-01\t2012-12-31\tPhoenix.Countries.actors.txt:1",
                "Jane Example\t\tKOR\tLEG\t\t2016-01-01\t2017-12-31\tPhoenix.Countries.actors.txt:2",
                // a generated person may not take a country's name
                "Japan\t\tJPN\tGOV\t\t2001-01-01\t2002-01-01\tPhoenix.Countries.actors.txt:3",
                "@phoenix-organizations",
                // hand-curated names keep their codes: Hamas is PSEREB, NATO is NAT
                "EGYREB\tHamas\t\tEGY\tREB\tPhoenix.MilNonState.actors.txt:4",
                "XYZ\tNATO\tExample Pact\t\tIGO\tPhoenix.International.actors.txt:5",
                "@phoenix-agents",
                "ministry\tMIL\tMIL\tPhoenix.agents.txt:6",
                "newword\tCVL\tCVL\tPhoenix.agents.txt:7",
                ""), StandardCharsets.UTF_8);
        KnowledgeBase kb = KnowledgeBase.builder().add(f).build();
        Person jane = person(kb, "Jane Example");
        assertEquals("GOV", jane.roleOn(LocalDate.of(2011, 1, 1)).orElseThrow().role());
        assertEquals("MIL", jane.roleOn(LocalDate.of(2006, 1, 1)).orElseThrow().role());
        assertEquals(LocalDate.of(2009, 12, 31), jane.roleOn(LocalDate.of(2006, 1, 1)).orElseThrow().to());
        assertEquals("GOV", jane.roleOn(LocalDate.of(2016, 6, 1)).orElseThrow().role());

        assertTrue(codes(kb, "Japan").stream().noneMatch(c -> c.kind() == Entry.Kind.PERSON));
        assertEquals(List.of("PSEREB"), codes(kb, "Hamas").stream().map(Entry::code).toList());
        assertEquals(List.of("NAT"), codes(kb, "NATO").stream().map(Entry::code).toList());
        assertEquals(List.of("XYZ"), codes(kb, "Example Pact").stream().map(Entry::code).toList());
        assertEquals("GOV", kb.roleOf("ministry"));
        assertEquals("CVL", kb.roleOf("newword"));
    }

    private static List<Entry> codes(KnowledgeBase kb, String name) {
        String text = name + " said.";
        List<KnowledgeBase.Match> ms = kb.match(new Tokenizer().tokenize(text, 0, text.length()));
        assertFalse(ms.isEmpty(), "no match for " + name);
        return ms.get(0).entries();
    }

    @Test
    void generated_organisations_are_found_with_mapped_codes() {
        assertTrue(codes(KB, "Kurdistan Regional Government").stream().anyMatch(e -> e.code().equals("IRQGOV")));
        assertTrue(codes(KB, "Peshmerga").stream().anyMatch(e -> e.code().equals("IRQMIL")));
        assertTrue(codes(KB, "Boko Haram").stream().allMatch(e -> e.code().equals("NGAREB")), "hand row");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Kandahar, AFG", "Seoul, KOR", "Mosul, IRQ", "Japan, JPN"})
    void places_have_countries(String place, String iso3) {
        assertEquals(Optional.of(iso3), KB.countryOfPlace(place));
    }

    @Test
    void an_unknown_place_has_no_country() {
        assertEquals(Optional.empty(), KB.countryOfPlace("Nowhereville"));
        assertEquals(Optional.empty(), KB.countryOfPlace(""));
    }

    @Test
    void office_holders_are_found_by_surname_on_a_date() {
        List<Person> yeltsin = KB.inOfficeBySurname("Yeltsin", LocalDate.of(1995, 6, 1));
        assertEquals(1, yeltsin.size());
        assertEquals("Boris Yeltsin", yeltsin.get(0).name());
        assertTrue(KB.inOfficeBySurname("Yeltsin", LocalDate.of(2005, 6, 1)).isEmpty(), "out of office");
        assertEquals("Lee Jae-myung", KB.inOfficeBySurname("Lee", LocalDate.of(2025, 6, 10)).get(0).name(),
                "Korean family name first");
        assertEquals("Shigeru Ishiba", KB.inOfficeBySurname("Ishiba", LocalDate.of(2025, 6, 10)).get(0).name());
        assertTrue(KB.inOfficeBySurname("Yeltsin", null).isEmpty());
    }

    @Test
    void office_holders_are_found_by_the_name_reporters_call_them_by() {
        LocalDate day = LocalDate.of(2025, 10, 1);
        assertEquals("Anutin Charnvirakul", KB.inOfficeBySurname("Anutin", day).get(0).name(), "Thai given name");
        assertEquals("Anwar Ibrahim", KB.inOfficeBySurname("Anwar", day).get(0).name(), "Malaysian given name");
        assertEquals("Ferdinand Marcos Jr.", KB.inOfficeBySurname("Marcos", day).get(0).name(), "surname before Jr.");
        assertEquals("Anutin", KB.surname(KB.person("Anutin Charnvirakul").orElseThrow()));
        assertEquals("Marcos", KB.surname(KB.person("Ferdinand Marcos Jr.").orElseThrow()));
    }
}
