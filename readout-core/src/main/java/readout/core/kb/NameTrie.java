package readout.core.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Names as token sequences, lower-cased, for longest-match look-up over a sentence's tokens. */
final class NameTrie {
    private final Node root = new Node();

    static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Entry> entries = new ArrayList<>(1);
    }

    void add(List<String> tokens, Entry entry) {
        Node n = root;
        for (String t : tokens) n = n.next.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new Node());
        for (Entry e : n.entries) if (e.equals(entry)) return;
        n.entries.add(entry);
    }

    Node root() {
        return root;
    }
}
