/**
 * The knowledge base: countries, organisations, people with dated roles, role nouns and places, read
 * from editable tab-separated files (built-in ones under {@code kb/} on the class path, plus user files).
 * Names are indexed in a token trie so actor recognition is one longest-match pass per sentence.
 */
package readout.core.kb;
