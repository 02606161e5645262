package readout.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a sentence's events happened, relative to the publication date. Explicit dates win,
 * then anchors in the knowledge base ("six days into Lee's reign"), then weekdays and relative words
 * ("on Tuesday", "yesterday", "last week"), then a bare month ("in November"). A sentence with none of
 * these has no date of its own ({@link Optional#empty()}); the caller falls back to the publication date.
 */
public final class DateResolver {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final Pattern MONTH_NAME = Pattern.compile("\\b(?:" + MONTHS + ")\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) (" + MONTHS + ")\\.?(?:,? (\\d{4}))?\\b");
    private static final Pattern INTO = Pattern.compile("\\b(\\w+|\\d+) (day|days|week|weeks|month|months) into ([A-Z][\\w-]+)'s"
            + " (?:\\w+ )?(reign|term|presidency|tenure|administration|premiership|rule|mandate|government)");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(last|next|this) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|tonight|this morning|last night|tomorrow"
            + "|last week|earlier this week|last month|next week|next month|last year|next year)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_MONTH = Pattern.compile("\\b(in|since|by|until|during|for|from|next|last|this|early|late|mid-)"
            + " ?(" + MONTHS.replace("|May", "") + "|May(?= \\d{4}| [a-z]|[,.]))\\b(?:,? (\\d{4}))?");
    private static final Map<String, Integer> NUMBERS = new HashMap<>();

    static {
        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        for (int i = 0; i < words.length; i++) NUMBERS.put(words[i], i);
        NUMBERS.put("a", 1);
        NUMBERS.put("an", 1);
    }

    /**
     * @param sentence    sentence text
     * @param published   publication date (null: only explicit dates with a year resolve)
     * @param tenureStart first day in office of the person a surname names on the publication date, if known
     */
    /**
     * The date of an intended event: a date the text gave without a year that falls before publication
     * means its next occurrence ("will visit China in April", said in October).
     */
    public static EventDate forIntended(EventDate d, LocalDate published) {
        // only a calendar date the text gave without a year moves; weekdays and relative words date the
        // statement of intent itself ("agreed on Saturday to meet")
        if (published == null || d.basis().matches(".*\\b\\d{4}\\b.*") || d.date().length() < 7
                || !MONTH_NAME.matcher(d.basis()).find()) {
            return d;
        }
        String day = d.date().length() == 7 ? d.date() + "-01" : d.date();
        LocalDate when = LocalDate.parse(day);
        boolean past = d.date().length() == 7 ? YearMonth.from(when).isBefore(YearMonth.from(published))
                : when.isBefore(published);
        if (!past || d.basis().matches("(?i).*\\b(yesterday|last|earlier|ago)\\b.*")) return d;
        String next = d.date().length() == 7 ? YearMonth.from(when).plusYears(1).toString() : when.plusYears(1).toString();
        return new EventDate(next, d.basis());
    }

    public Optional<EventDate> resolve(String sentence, LocalDate published, Function<String, Optional<LocalDate>> tenureStart) {
        Matcher m = ISO.matcher(sentence);
        if (m.find()) {
            try {
                return Optional.of(new EventDate(LocalDate.parse(m.group()).toString(), m.group()));
            } catch (RuntimeException ignored) {
                // not a real date; fall through
            }
        }
        m = MONTH_DAY.matcher(sentence);
        if (m.find()) {
            Optional<EventDate> d = dayOf(month(m.group(1)), m.group(2), m.group(3), published, m.group());
            if (d.isPresent()) return d;
        }
        m = DAY_MONTH.matcher(sentence);
        if (m.find()) {
            Optional<EventDate> d = dayOf(month(m.group(2)), m.group(1), m.group(3), published, m.group());
            if (d.isPresent()) return d;
        }
        m = INTO.matcher(sentence);
        if (m.find()) {
            Integer n = number(m.group(1));
            Optional<LocalDate> start = tenureStart.apply(m.group(3));
            if (n != null && start.isPresent()) {
                LocalDate d = switch (m.group(2).charAt(0)) {
                    case 'w' -> start.get().plusWeeks(n);
                    case 'm' -> start.get().plusMonths(n);
                    default -> start.get().plusDays(n);
                };
                return Optional.of(new EventDate(d.toString(), m.group() + " (in office from " + start.get() + ")"));
            }
        }
        if (published == null) return Optional.empty();
        m = WEEKDAY.matcher(sentence);
        if (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            int back = (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
            LocalDate d = "next".equals(m.group(1)) ? published.plusDays(7 - back == 0 ? 7 : 7 - back)
                    : "last".equals(m.group(1)) && back == 0 ? published.minusDays(7) : published.minusDays(back);
            return Optional.of(new EventDate(d.toString(), m.group()));
        }
        m = RELATIVE.matcher(sentence);
        if (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            String date = switch (w) {
                case "yesterday", "last night" -> published.minusDays(1).toString();
                case "tomorrow" -> published.plusDays(1).toString();
                case "last week" -> published.minusWeeks(1).toString();
                case "next week" -> published.plusWeeks(1).toString();
                case "last month" -> YearMonth.from(published).minusMonths(1).toString();
                case "next month" -> YearMonth.from(published).plusMonths(1).toString();
                case "last year" -> String.valueOf(published.getYear() - 1);
                case "next year" -> String.valueOf(published.getYear() + 1);
                default -> published.toString(); // today, tonight, this morning, earlier this week
            };
            return Optional.of(new EventDate(date, m.group()));
        }
        m = BARE_MONTH.matcher(sentence);
        if (m.find()) {
            Month month = month(m.group(2));
            int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : switch (m.group(1)) {
                // "last October" is the latest October before publication, "next April" the first after it
                case "last" -> month.getValue() < published.getMonthValue() ? published.getYear() : published.getYear() - 1;
                case "next" -> month.getValue() > published.getMonthValue() ? published.getYear() : published.getYear() + 1;
                default -> nearestYear(month, published);
            };
            return Optional.of(new EventDate(YearMonth.of(year, month).toString(), m.group().trim()));
        }
        return Optional.empty();
    }

    private static Optional<EventDate> dayOf(Month month, String day, String year, LocalDate published, String basis) {
        try {
            int y = year != null ? Integer.parseInt(year) : published != null ? nearestYear(month, published) : -1;
            if (y < 0) return Optional.empty();
            return Optional.of(new EventDate(LocalDate.of(y, month, Integer.parseInt(day)).toString(), basis));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The year that puts a month nearest the publication date (news looks back more than forward). */
    private static int nearestYear(Month month, LocalDate published) {
        int diff = month.getValue() - published.getMonthValue();
        if (diff > 6) return published.getYear() - 1;
        if (diff < -6) return published.getYear() + 1;
        return published.getYear();
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.startsWith(n.substring(0, 3))) return m;
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static Integer number(String w) {
        if (w.matches("\\d+")) return Integer.parseInt(w);
        return NUMBERS.get(w.toLowerCase(Locale.ROOT));
    }
}
