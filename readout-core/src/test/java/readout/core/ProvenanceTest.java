package readout.core;

import org.junit.jupiter.api.Test;
import readout.core.extract.Lexicon;
import readout.core.kb.KnowledgeBase;
import readout.core.learn.EventClassifier;
import readout.core.model.CodedArticle;
import readout.core.model.Provenance;
import readout.core.ontology.Ontology;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every coded article says about the coder that coded it. */
class ProvenanceTest {

    /** A coder whose parser must never be reached: these texts are refused or not worth parsing. */
    private static Coder coder() {
        return Coder.builder().parser(() -> (sentence, offset) -> {
            throw new AssertionError("parsed: " + sentence);
        }).build();
    }

    @Test
    void the_lexicon_checksum_is_over_the_bytes_of_the_pattern_files_it_read_in_order() {
        var digest = Resources.sha256();
        for (String file : Lexicon.BUILT_IN) digest.update(Resources.bytes(file));
        digest.update(Resources.bytes(Lexicon.CONTESTS)); // read last: the contests that are not conflicts
        String expected = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        assertEquals(expected, Lexicon.builtIn().checksum());
    }

    @Test
    void provenance_names_version_knowledge_base_lexicon_and_ontology() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        Provenance p = Coder.provenance(kb);
        assertEquals(new Provenance(Version.get(), kb.checksum(), Lexicon.builtIn().checksum(), Ontology.VERSION,
                Ontology.standard().checksum(), EventClassifier.builtIn().map(EventClassifier::checksum)
                .orElse(Provenance.NO_MODEL)), p);
        for (String checksum : new String[]{p.kb(), p.lexicon(), p.ontology()}) {
            assertTrue(checksum.matches("[0-9a-f]{12}"), checksum);
        }
        assertEquals("readout " + p.readout() + "; kb " + p.kb() + "; lexicon " + p.lexicon() + "; ontology "
                + p.ontologyVersion() + " " + p.ontology() + "; model " + p.model(), p.line());
    }

    @Test
    void every_coded_article_carries_its_coders_provenance_refused_ones_too() {
        Coder coder = coder();
        assertEquals(Coder.provenance(coder.knowledgeBase()), coder.provenance());
        CodedArticle plain = coder.code("The weather in Seoul was mild on Tuesday.");
        CodedArticle empty = coder.code("   ");
        assertSame(coder.provenance(), plain.coder());
        assertNotNull(empty.error());
        assertSame(coder.provenance(), empty.coder());
    }
}
