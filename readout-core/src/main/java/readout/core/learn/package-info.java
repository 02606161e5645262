/**
 * The learned layer beside the patterns: a sentence encoder ({@code SentenceEncoder}, {@code MiniLm}), the
 * event-type classifier over its vectors ({@code EventClassifier}), and the semantic topic match
 * ({@code TopicMatcher}: regex OR cosine to a topic's prototype sentences).
 */
package readout.core.learn;
