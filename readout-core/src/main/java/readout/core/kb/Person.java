package readout.core.kb;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A person and the roles they held, in file order (the first row of a period is the primary role). */
public record Person(String name, List<String> aliases, List<Tenure> tenures) {

    /**
     * The role held on a date: the first tenure covering it; otherwise none. With no date, the most recent
     * tenure.
     */
    public Optional<Tenure> roleOn(LocalDate date) {
        if (date == null) return tenures.stream().max(Comparator.comparing(Tenure::from));
        return tenures.stream().filter(t -> t.covers(date)).findFirst();
    }

    /** The tenure nearest in time to a date, for a person out of office (their country still says who they are). */
    public Tenure nearest(LocalDate date) {
        if (date == null) return roleOn(null).orElseThrow();
        return tenures.stream().min(Comparator.comparingLong(t -> t.distance(date))).orElseThrow();
    }

    /** True when the person held an office on the date. */
    public boolean inOffice(LocalDate date) {
        return date == null || roleOn(date).isPresent();
    }
}
