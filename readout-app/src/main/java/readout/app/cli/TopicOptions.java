package readout.app.cli;

import picocli.CommandLine.Option;
import readout.core.learn.TopicMatcher;

/** The {@code --semantic-topics} option of the commands that compare the sides' accounts. */
final class TopicOptions {
    @Option(names = "--semantic-topics", description = {"Also count a statement as on a topic when its MiniLM cosine to the",
            "topic's prototype sentences passes the threshold (lexicon/topic-prototypes.tsv), not only when the topic's",
            "phrases match. Loads the encoder (about 2 s)."})
    boolean semantic;

    /** The matcher to retag statements with, or null to keep the topics stored with the events. */
    TopicMatcher matcher() {
        return semantic ? TopicMatcher.standard() : null;
    }
}
