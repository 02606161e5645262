package readout.analysis.brief;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Writing untrusted text into HTML: every text escaped, and only http(s) links written into an href. */
public final class Html {
    private Html() {
    }

    /** Text escaped for element content and quoted attribute values. */
    public static String text(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') sb.append(' ');
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /**
     * The URL when it is an absolute http or https URL with a host, else null: a {@code javascript:},
     * {@code data:} or relative link from a page is never written as a link. Checked on the URL as parsed, after
     * trimming, so "  JavaScript:…" or "java\tscript:" gain nothing.
     */
    public static String safeHref(String url) {
        if (url == null) return null;
        String u = url.strip();
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') return null;
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme();
            if (scheme == null) return null;
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) return null;
            if (uri.getHost() == null || uri.getHost().isEmpty()) return null;
            return u;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
