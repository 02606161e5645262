package readout.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A sentence that is one side's account: the text attributes it to that side's leader, spokesperson, ministry,
 * presidential office, embassy or state media, wherever the attribution stands. Recorded whether or not an event
 * was coded from the sentence; its topics are the side's topics.
 *
 * @param sentence sentence number in the article, from 0
 * @param side     the polity whose account it is (ISO alpha-3)
 * @param speaker  the words naming who said it ("the presidential office", "Kang Yu-jung", "Xinhua"); for a state
 *                 medium's own narration, the outlet's name
 * @param via      how the attribution was read: "according to", "citing", "said" (a verb of saying, before or after
 *                 the statement), "next sentence" ("X disclosed this"), "outlet" (a state medium's own report)
 * @param topics   topics the sentence names (lexicon order)
 * @param negated  the sentence says something was not mentioned or was left out: its topics are not raised
 * @param evidence the sentence and its offsets in the article text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Statement(int sentence, String side, String speaker, String via, List<String> topics, boolean negated,
                        Evidence evidence) {
}
