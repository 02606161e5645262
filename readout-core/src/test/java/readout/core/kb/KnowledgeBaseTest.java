package readout.core.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.core.nlp.Tokenizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeBaseTest {
    @TempDir
    Path dir;

    private static List<KnowledgeBase.Match> match(KnowledgeBase kb, String text) {
        return kb.match(new Tokenizer().tokenize(text, 0, text.length()));
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
        SEOUL, June 10 (Yonhap) --         | KOR
        NARA, Japan (Reuters) -            | JPN
        TUZLA, Bosnia, July 18 (Reuters) - | BIH
        GAZA/JERUSALEM, May 11 (Reuters) - | -
        (Reuters) -                        | -
        """)
    void a_dateline_names_its_city_else_the_country_after_the_comma(String dateline, String iso) {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        assertEquals(iso.equals("-") ? "" : iso, kb.countryOfDateline(dateline).orElse(""), dateline);
    }

    @Test
    void role_nouns_are_known_as_written_in_the_plural_too() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        for (String[] c : new String[][] {{"rebels", "rebel"}, {"militias", "militia"}, {"gunmen", "gunman"},
                {"Police", "police"}}) {
            assertEquals(kb.roleOf(c[1]), kb.roleOfForm(c[0]), c[0]);
            assertTrue(kb.roleOfForm(c[0]) != null, c[0]);
        }
        assertEquals(null, kb.roleOfForm("rebelss"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
        Russia Today aired the interview.       | RUSMED
        Russia today rejected the proposal.     | RUS
        the Islamic State group claimed it.     | IMG
        """)
    void a_name_capitalised_in_the_base_is_not_matched_by_a_lower_case_last_word(String text, String code) {
        List<KnowledgeBase.Match> ms = match(KnowledgeBase.builtIn(), text);
        assertTrue(!ms.isEmpty(), text);
        assertEquals(code, ms.get(0).entries().get(0).code(), text);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
        Guards seized a tanker in the Gulf of Oman. | -
        Ships sailed through the Sea of Japan.      | -
        The minister of Oman arrived.               | OMN
        """)
    void a_country_that_names_a_sea_or_gulf_is_no_side_there(String text, String code) {
        List<String> codes = match(KnowledgeBase.builtIn(), text).stream().map(m -> m.entries().get(0).code()).toList();
        assertEquals(code.equals("-") ? List.of() : List.of(code), codes, text);
        List<readout.core.nlp.Token> tokens = new Tokenizer().tokenize(text, 0, text.length());
        assertEquals(code.equals("-"), KnowledgeBase.inWaters(tokens, tokens.size() - 2), text);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
        Ships collided near Scarborough Shoal. | -
        Troops raided the Jordan Valley.       | -
        Troops crossed into Jordan.            | JOR
        """)
    void a_name_that_begins_a_shoal_or_valley_is_no_side_there(String text, String code) {
        List<String> codes = match(KnowledgeBase.builtIn(), text).stream().map(m -> m.entries().get(0).code()).toList();
        assertEquals(code.equals("-") ? List.of() : List.of(code), codes, text);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
        Fighting reached Goma overnight.      | Goma   | PLACE
        Drones struck Odesa overnight.        | Odesa  | PLACE
        Shelling hit Pokrovsk overnight.      | Pokrovsk | PLACE
        Austin spoke to reporters.            | Austin | -
        """)
    void a_town_is_a_place_unless_someone_in_office_since_2000_bears_its_name(String text, String word, String kind) {
        // Goma: a Congolese prime minister in 1991; Austin: a US defence secretary from 2021
        List<KnowledgeBase.Match> ms = match(KnowledgeBase.builtIn(), text);
        boolean place = ms.stream().flatMap(m -> m.entries().stream()).anyMatch(e -> e.kind() == Entry.Kind.PLACE);
        assertEquals(kind.strip().equals("PLACE"), place, text + " " + ms);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
        police officer          | COP
        army chief General      | MIL
        Consul General          | GOV
        opposition leader       | OPP
        military spokesman      | MIL
        foreign ministry official | GOV
        leader                  | GOV
        armed man               | UAF
        death squad             | UAF
        secret police           | SPY
        armed force             | MIL
        security force          | MIL
        suicide bomber          | UAF
        """)
    void a_title_names_the_role_of_its_last_office_and_a_leader_or_spokesman_that_of_the_body_before(String title,
                                                                                                   String role) {
        // a modifier and its head may name a role neither names alone ("armed men"); a place or thing is no one
        assertEquals(role, KnowledgeBase.builtIn().roleOfTitle(List.of(title.strip().split(" "))));
    }

    @Test
    void a_contextual_name_needs_its_context() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        assertEquals(java.util.Optional.of("PRK"), kb.contextualName("North", "KOR"::equals));
        assertEquals(java.util.Optional.empty(), kb.contextualName("North", "FRA"::equals));
    }

    @Test
    void the_built_in_base_knows_more_than_240_countries() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        assertTrue(kb.countryCount() > 240, "countries: " + kb.countryCount());
        assertTrue(kb.country("KOR").isPresent());
        assertTrue(kb.checksum().matches("[0-9a-f]{12}"), kb.checksum());
    }

    @Test
    void a_person_from_a_user_file_is_matched_in_text() throws IOException {
        Path f = file("extra.tsv", "# my additions\n@people\nJane Example\tJ. Example\tKOR\tGOV\tforeign minister\t2026-01-01\t\n");
        KnowledgeBase kb = KnowledgeBase.builder().add(f).build();
        List<KnowledgeBase.Match> matches = match(kb, "Jane Example met officials in Tokyo.");
        assertTrue(!matches.isEmpty(), "no match");
        KnowledgeBase.Match m = matches.get(0);
        assertEquals(0, m.start());
        assertEquals(2, m.end());
        Entry e = m.entries().stream().filter(x -> x.kind() == Entry.Kind.PERSON).findFirst().orElseThrow();
        assertEquals("Jane Example", e.name());
        Tenure t = e.person().roleOn(LocalDate.of(2026, 3, 1)).orElseThrow();
        assertEquals("KOR", t.country());
        assertEquals("GOV", t.role());
        assertEquals("foreign minister", t.title());
        assertEquals(LocalDate.of(2026, 1, 1), t.from());
        assertEquals(null, t.to());
    }

    @Test
    void the_built_in_base_does_not_know_the_user_person() {
        List<KnowledgeBase.Match> matches = match(KnowledgeBase.builtIn(), "Jane Example met officials.");
        assertTrue(matches.stream().flatMap(m -> m.entries().stream())
                .noneMatch(e -> e.kind() == Entry.Kind.PERSON && "Jane Example".equals(e.name())));
    }

    @Test
    void data_before_any_section_line_fails_naming_file_line_and_section_syntax() throws IOException {
        Path f = file("nosection.tsv", "# comment\nJane Example\t\tKOR\tGOV\tforeign minister\t2026-01-01\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeBase.builder().add(f));
        assertTrue(e.getMessage().contains("nosection.tsv:2"), e.getMessage());
        assertTrue(e.getMessage().contains("@people"), e.getMessage());
    }

    @Test
    void an_unknown_section_fails_naming_the_section_and_line() throws IOException {
        Path f = file("badsection.tsv", "@people\n\n@persons\nJane Example\t\tKOR\tGOV\tminister\t2026-01-01\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeBase.builder().add(f));
        assertTrue(e.getMessage().contains("badsection.tsv:3"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown section"), e.getMessage());
        assertTrue(e.getMessage().contains("@persons"), e.getMessage());
    }

    @Test
    void an_organisation_row_with_periods_holds_only_within_them() throws IOException {
        Path f = file("groups.tsv", "@organizations\nXYZGOV\tFront\t\tXYZ\tGOV\t\t\t2001-01-01/2004-12-31;2020-01-01/..\n");
        KnowledgeBase kb = KnowledgeBase.builder().add(f).build();
        Entry e = match(kb, "The Front met.").get(0).entries().get(0);
        assertTrue(kb.holdsOn(e, LocalDate.of(2003, 1, 1)));
        assertTrue(!kb.holdsOn(e, LocalDate.of(2010, 1, 1)));
        assertTrue(kb.holdsOn(e, LocalDate.of(2026, 1, 1)));
        assertTrue(kb.holdsOn(e, null), "a date unknown is no reason to drop the row");
    }

    @Test
    void a_bad_period_fails_naming_the_line() throws IOException {
        Path f = file("badperiod.tsv", "@organizations\nXYZGOV\tFront\t\tXYZ\tGOV\t\t\t2001-01-01\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.builder().add(f));
        assertTrue(e.getMessage().contains("badperiod.tsv:2"), e.getMessage());
        assertTrue(e.getMessage().contains("from/to"), e.getMessage());
    }

    @Test
    void a_bad_date_fails_naming_the_line() throws IOException {
        Path f = file("baddate.tsv", "@people\nJane Example\t\tKOR\tGOV\tminister\t2026-13-45\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeBase.builder().add(f));
        assertTrue(e.getMessage().contains("baddate.tsv:2"), e.getMessage());
        assertTrue(e.getMessage().contains("2026-13-45"), e.getMessage());
    }
}
