package readout.core.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A match is not a fight: a contest verb in a sentence that names a sport codes nothing (lexicon/contests.tsv). */
class ContestTest {
    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "beat      | Ghana beat Nigeria 2-1 in Accra on Saturday to top their qualifying group.                  | true",
            "meet      | Japan will meet Spain in the quarter-final in Osaka next week.                               | true",
            "defeat    | The hosts defeated Chile on penalties after a goalless draw in Santiago.                     | true",
            "crush     | Sri Lanka crushed Bangladesh by 92 runs in Colombo to reach the last four.                   | true",
            "beat      | Ukrainian troops beat back a Russian assault on the town overnight, the general staff said.  | false",
            "defeat    | Government forces defeated the rebels in the northern hills after a week of fighting.        | false",
            "meet      | Lee met Ishiba in Tokyo on Monday to discuss trade.                                          | false",
            "sanction  | Washington sanctioned two officials accused of fixing a World Cup bid.                       | false",
            "attack    | Gunmen attacked a football stadium in the capital, killing four guards.                      | false",
    })
    void contest_verbs_in_sport_sentences(String verb, String sentence, boolean contest) {
        assertEquals(contest, Lexicon.builtIn().contest(verb, sentence));
    }
}
