package readout.core.nlp;

import java.util.ArrayList;
import java.util.List;

/** Dependencies written by hand for table-driven tests, as {@code relation:governor:dependent} (-1 for the root). */
public final class TestDeps {
    private TestDeps() {
    }

    public static List<Dependency> parse(String spec) {
        List<Dependency> out = new ArrayList<>();
        for (String d : spec.trim().split("\\s+")) {
            int b = d.lastIndexOf(':');
            int a = d.lastIndexOf(':', b - 1);
            out.add(new Dependency(Integer.parseInt(d.substring(a + 1, b)), Integer.parseInt(d.substring(b + 1)),
                    d.substring(0, a)));
        }
        return List.copyOf(out);
    }
}
