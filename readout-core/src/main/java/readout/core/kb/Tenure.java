package readout.core.kb;

import java.time.LocalDate;

/**
 * One role a person held, over dates.
 *
 * @param country ISO alpha-3, or an organisation code for officials of international organisations
 * @param role    CAMEO role code (GOV, MIL, LEG, OPP, JUD, PTY, IGO)
 * @param title   office, lower case ("president", "spokesperson")
 * @param from    first day in office
 * @param to      last day in office; null while in office
 */
public record Tenure(String country, String role, String title, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** Days between the date and this tenure (0 when it covers the date). */
    public long distance(LocalDate date) {
        if (covers(date)) return 0;
        if (date.isBefore(from)) return from.toEpochDay() - date.toEpochDay();
        return date.toEpochDay() - to.toEpochDay();
    }
}
