package readout.app.eval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import readout.core.kb.KnowledgeBase;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a gold file's actor codes are read for scoring: old CAMEO country codes, and organisations per scheme. */
class GoldActorCodesTest {
    private static final KnowledgeBase KB = KnowledgeBase.builtIn();

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource({
            "KORGOV, CAMEO, KOR",
            "JAPGOV, CAMEO, JPN",
            "ITL, PLOVER, ITA",
            "VTNMIL, PLOVER, VNM",
            "IGOUNO, PLOVER, IGO",
            "NGO, PLOVER, IGO",
            "NGO, CAMEO, NGO"})
    void a_gold_code_is_read_as_its_polity(String code, Evaluation.Scheme scheme, String polity) {
        assertEquals(polity, Evaluation.polity(code, KB, scheme));
    }
}
