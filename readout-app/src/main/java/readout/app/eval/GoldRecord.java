package readout.app.eval;

import java.time.LocalDate;
import java.util.List;

/** One gold sentence with the events a careful coder extracts from it. */
public record GoldRecord(String id, LocalDate date, String category, String text, List<Key> expected) {

    /** What is scored: source polity, target polity (empty: none named), CAMEO root or PLOVER type. */
    public record Key(String source, String target, String root) {
        @Override
        public String toString() {
            return source + "→" + (target.isEmpty() ? "-" : target) + " " + root;
        }
    }
}
