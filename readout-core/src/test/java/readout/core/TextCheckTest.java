package readout.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextCheckTest {

    @Test
    void empty_text_is_reported_as_empty() {
        assertEquals("empty text", TextCheck.problem(""));
        assertEquals("empty text", TextCheck.problem("  \n "));
        assertEquals("empty text", TextCheck.problem(null));
    }

    @Test
    void text_full_of_nul_characters_is_binary_data() {
        String p = TextCheck.problem("PK" + "\u0000".repeat(60) + "abc");
        assertNotNull(p);
        assertTrue(p.startsWith("binary data"), p);
    }

    @Test
    void text_full_of_replacement_characters_asks_whether_the_file_is_utf8() {
        String p = TextCheck.problem("Seoul " + "\uFFFD".repeat(60) + " said");
        assertNotNull(p);
        assertTrue(p.contains("UTF-8"), p);
    }

    @Test
    void a_korean_paragraph_is_not_english() {
        String korean = "이재명 대통령은 화요일 시진핑 중국 국가주석과 전화 통화를 하고 양국 관계 발전 방안을 논의했다. "
                + "두 정상은 한반도 평화와 안정을 위해 긴밀히 협력하기로 했으며 경제 협력과 문화 교류를 확대하기로 "
                + "합의했다고 대통령실 대변인이 밝혔다. 대변인은 이번 통화가 약 삼십 분 동안 진행되었다고 설명했다.";
        String p = TextCheck.problem(korean);
        assertNotNull(p);
        assertTrue(p.startsWith("not English"), p);
    }

    @Test
    void a_french_paragraph_is_not_english() {
        String french = "Le président sud-coréen Lee Jae-myung s'est entretenu mardi par téléphone avec son homologue "
                + "chinois Xi Jinping. Les deux dirigeants sont convenus de renforcer leur coopération économique et "
                + "culturelle, selon le porte-parole de la présidence. Cette conversation, la première depuis son "
                + "investiture, portait également sur la paix dans la péninsule coréenne et sur les échanges commerciaux.";
        String p = TextCheck.problem(french);
        assertNotNull(p);
        assertTrue(p.startsWith("not English"), p);
    }

    @Test
    void an_ordinary_english_news_sentence_has_no_problem() {
        String english = "South Korean President Lee Jae-myung spoke by telephone with Chinese President Xi Jinping on"
                + " Tuesday and the two leaders agreed to expand cooperation on trade, security and culture, his office said.";
        assertNull(TextCheck.problem(english));
    }

    @Test
    void text_without_letters_has_no_words() {
        String p = TextCheck.problem("12345 67890 -- 42");
        assertNotNull(p);
        assertTrue(p.startsWith("no words"), p);
    }
}
