/**
 * Briefs: an article-shaped report in plain words (headline, lede, the two accounts compared, the lean in words,
 * a bullet summary) whose every sentence carries numbered citations. Phrasing is data ({@link
 * readout.analysis.brief.Templates}, {@code brief/templates.tsv}); untrusted text and links are made safe for
 * HTML by {@link readout.analysis.brief.Html}.
 */
package readout.analysis.brief;
