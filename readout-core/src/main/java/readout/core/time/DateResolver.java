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
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a sentence's events happened, relative to the publication date. Explicit dates win,
 * then anchors in the knowledge base ("six days into Lee's reign"), then weekdays and relative words
 * ("on Tuesday", "yesterday", "last week"), then a bare month ("in November"). A sentence with none of
 * these has no date of its own ({@link Optional#empty()}); the caller falls back to the publication date.
 * A dateline ("MOSCOW, Aug 12 (Reuters) –") dates the events its sentence reports when the sentence gives no
 * date of its own, and is where that sentence's relative words count from. Intended events get their date
 * through {@link #forIntended}, which looks forward only within bounds.
 */
public final class DateResolver {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
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
    /**
     * A dateline opening a sentence: a city in capitals or capitalised words, optionally a region or country,
     * optionally a date, optionally the agency in brackets or slashes, then a dash or, after a city in capitals, a
     * colon ("MOSCOW, Aug 12 (Reuters) –", "SEOUL, South Korea, Sept. 3 (AP) —", "PUTRAJAYA, July 28 (Xinhua) --",
     * "ISLAMABAD, AUG 30 /APP/ -", "PORT SUDAN:"), or the agency alone ("(AFP) —"). It counts as one only with a
     * date, an agency or a city in capitals ("TOKYO —"): "Kenya - a country of" opens no dateline.
     */
    private static final String PLACE_WORD = "[A-Z][\\p{L}.'\u2019/-]*"; // "GAZA/JERUSALEM" files from two cities
    private static final Pattern DATELINE = Pattern.compile("\\s*(?:(?<place>" + PLACE_WORD
            + "(?: (?:(?:de|da|do|del|la|al|el|es) )?" + PLACE_WORD + "){0,3})"
            + "(?:, (?!(?i:" + MONTHS + ")\\b)" + PLACE_WORD + "(?: " + PLACE_WORD + "){0,3})?"
            + "(?:, (?<when>(?<month>(?i:" + MONTHS + "))\\.? (?<day>\\d{1,2})(?:, (?<year>\\d{4}))?))?)?"
            + " *(?<agency>\\([^()]{1,40}\\)|/[^/]{1,20}/)? *(?<end>--|[\u2013\u2014]|-(?=\\s)|(?<= )-(?=[A-Z])|:(?=\\s))\\s*");
    /** A city in capitals ("TOKYO", "PORT SUDAN", "GAZA/JERUSALEM"): a dateline's even without date or agency. */
    private static final Pattern CAPITALS = Pattern.compile("[A-Z][A-Z.'\u2019/ -]*[A-Z]");

    /**
     * Characters of a dateline opening the sentence ("BEIJING (Reuters) - "), 0 when none. The coder reads
     * actors and grammar without it: a dateline's city is where the story was filed, not a party, and left
     * in the sentence it becomes the parser's subject.
     */
    public static int datelineLength(String sentence) {
        Matcher m = dateline(sentence);
        return m == null ? 0 : m.end();
    }

    private static Matcher dateline(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        if (!m.lookingAt()) return null;
        boolean capitals = m.group("place") != null && CAPITALS.matcher(m.group("place")).matches()
                && m.group("place").chars().filter(Character::isLetter).count() >= 3;
        boolean colon = m.group("end").equals(":");
        return (m.group("when") != null || m.group("agency") != null) && !colon || capitals ? m : null;
    }

    /**
     * Words that make a following weekday a planned or scheduled day (see {@code plan}); "due to rain" is none, nor
     * is "agreed to a ceasefire on Saturday", a preposition's "to" (the agreeing is what Saturday dates).
     */
    private static final Pattern PLAN = Pattern.compile("\\b(?:will|shall|scheduled|slated|starting|beginning|effective"
            + "|(?:planned|set|expected) (?:for|on|to)"
            + "|due(?! to\\b)|due to (?:be|begin|start|meet|visit|arrive|hold|sign|take|open|resume|return|travel|vote|end)"
            + "|(?:plans?|agreed|agrees?|intends?|intended|aims?|decided|promised|pledged|vowed|hopes?|going|is|are) to"
            + "(?! (?:a|an|the|its|their|his|her)\\b))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SINCE = Pattern.compile("\\bsince\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_WORD = Pattern.compile("\\b(" + MONTHS + ")\\b");
    /** What ends the clause a plan word governs. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]\u2013\u2014]|--|\\s-\\s|\\b(?:that|which|who"
            + "|whom|whose|after|since|following|when|while|because|said|says|told|ago)\\b", Pattern.CASE_INSENSITIVE);
    /** Most words between a plan word and its weekday. */
    private static final int PLAN_REACH = 10;
    /** Words that may sit between a plan's verb and its weekday ("starting midnight on Monday"). */
    private static final Set<String> TIME_WORDS = Set.of("on", "for", "by", "until", "till", "at", "from", "this", "coming",
            "midnight", "noon", "dawn", "a.m.", "p.m.", "am", "pm", "local", "time", "gmt", "utc");
    /** Irregular past participles ("the talks held on Monday"); regular ones end in "ed". */
    private static final Set<String> PARTICIPLES = Set.of("held", "made", "struck", "hit", "sent", "met", "said", "told",
            "given", "taken", "won", "lost", "seen", "done", "brought", "fought", "caught", "shot", "spoken", "begun",
            "written", "put", "left", "built", "sworn");
    /** Words ending in "ed" that are no participle (names, capitalised, are skipped too: "Ahmed"). */
    private static final Set<String> NOT_PARTICIPLES = Set.of("need", "proceed", "succeed", "exceed", "speed", "breed");
    private static final Set<String> BE = Set.of("be", "been", "being");
    /**
     * How far after publication the next occurrence of a past calendar date may fall for an intended event,
     * in months: a date within about a month before publication is what the text said, not next year's.
     */
    static final int MAX_MONTHS_AHEAD = 11;
    private static final Map<String, Integer> NUMBERS = new HashMap<>();

    static {
        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        for (int i = 0; i < words.length; i++) NUMBERS.put(words[i], i);
        NUMBERS.put("a", 1);
        NUMBERS.put("an", 1);
    }

    /**
     * The date an intended event takes, given its sentence's date {@code d}:
     * <ul>
     *   <li>a weekday attached to a plan or a schedule gives its planned day ({@link EventDate#planned()}), at
     *       most a week after the publication or dateline date;</li>
     *   <li>a dateline's date ({@link EventDate.Kind#DATELINE}) dates only the events reported under it, and is
     *       never moved: an intended event gets the publication date, as a sentence without a date does (null
     *       when there is no publication date either; {@code Optional.map} then gives empty, the same fallback);</li>
     *   <li>a calendar date the text gave without a year that falls before publication means its next
     *       occurrence ("will visit China in April", said in October), but only when that occurrence is less
     *       than {@value #MAX_MONTHS_AHEAD} months after publication: a date just before publication ("will
     *       hold talks on Aug 12", published 13 August) stays where the text put it, not a year on;</li>
     *   <li>anything else (explicit years, anchors, relative words, other weekdays) is unchanged: a weekday
     *       not attached to a plan dates the statement of intent itself ("agreed on Saturday to meet").</li>
     * </ul>
     */
    public static EventDate forIntended(EventDate d, LocalDate published) {
        if (d.planned() != null) return d.planned();
        return switch (d.kind()) {
            case DATELINE -> published == null ? null : EventDate.publication(published);
            case CALENDAR -> published == null ? d : nextOccurrence(d, published);
            default -> d;
        };
    }

    /**
     * The date an event that happened (asserted or reported) takes, given its sentence's date {@code d}: that
     * date, unless it is still to come when the article appeared ("announced a 25% tariff starting Aug. 1",
     * published in July): what happened is the announcement, on the publication date. A day's grace allows
     * for a dateline a time zone ahead.
     */
    public static EventDate forHappened(EventDate d, LocalDate published) {
        if (published == null) return d;
        if (!d.firstDay().isAfter(published.plusDays(1))) return d;
        return new EventDate(published.toString(), "publication date (" + d.basis() + " is still to come)",
                EventDate.Kind.PUBLICATION);
    }

    private static EventDate nextOccurrence(EventDate d, LocalDate published) {
        if (d.basis().matches("(?i).*\\b(yesterday|last|earlier|ago|since)\\b.*")) return d;
        if (d.date().length() == 7) {
            YearMonth when = YearMonth.parse(d.date());
            YearMonth next = when.plusYears(1);
            boolean move = when.isBefore(YearMonth.from(published))
                    && next.isBefore(YearMonth.from(published).plusMonths(MAX_MONTHS_AHEAD));
            return move ? new EventDate(next.toString(), d.basis(), d.kind()) : d;
        }
        LocalDate when = LocalDate.parse(d.date());
        LocalDate next = when.plusYears(1);
        boolean move = when.isBefore(published) && next.isBefore(published.plusMonths(MAX_MONTHS_AHEAD));
        return move ? new EventDate(next.toString(), d.basis(), d.kind()) : d;
    }

    /**
     * @param sentence    sentence text
     * @param published   publication date (null: only explicit dates with a year resolve)
     * @param tenureStart first day in office of the person a surname names on the publication date, if known
     * @return the sentence's date. A sentence opening with a dateline ("SEOUL, Aug. 12 (Yonhap) --") is read
     * without it, relative words counting from the dateline's date; when the rest gives no date, the
     * dateline's date ({@link EventDate.Kind#DATELINE}, basis "dateline Aug. 12"). A dateline without a
     * date ("WASHINGTON (AP) —") gives none.
     */
    public Optional<EventDate> resolve(String sentence, LocalDate published, Function<String, Optional<LocalDate>> tenureStart) {
        EventDate publication = published == null ? null : EventDate.publication(published);
        Matcher m = dateline(sentence);
        if (m == null) return resolveText(sentence, publication, tenureStart);
        String rest = sentence.substring(m.end());
        Optional<EventDate> filed = m.group("when") == null ? Optional.empty()
                : dayOf(month(m.group("month")), m.group("day"), m.group("year"), published, m.group("when"));
        if (filed.isEmpty()) return resolveText(rest, publication, tenureStart);
        String note = " (dateline " + m.group("when") + ")";
        EventDate dateline = new EventDate(filed.get().date(), "dateline " + m.group("when"), EventDate.Kind.DATELINE);
        return Optional.of(resolveText(rest, dateline, tenureStart).map(d -> noted(d, note)).orElse(dateline));
    }

    /** A date that counted from the dateline, saying so in its basis. */
    private static EventDate noted(EventDate d, String note) {
        EventDate planned = d.planned() == null ? null : noted(d.planned(), note);
        String basis = switch (d.kind()) {
            case CALENDAR, WEEKDAY, RELATIVE -> d.basis() + note;
            default -> d.basis();
        };
        return new EventDate(d.date(), basis, d.kind(), planned);
    }

    /**
     * A sentence's date, relative words counting from {@code self}, the date of the text itself (the
     * publication date, or the dateline's; null when unknown). A weekday attached to a plan gives only a
     * planned date; the events reported as done then take the sentence's other date words, else {@code self}.
     */
    private Optional<EventDate> resolveText(String sentence, EventDate self, Function<String, Optional<LocalDate>> tenureStart) {
        LocalDate ref = self == null ? null : LocalDate.parse(self.date());
        Matcher m = ISO.matcher(sentence);
        if (m.find()) {
            try {
                return Optional.of(new EventDate(LocalDate.parse(m.group()).toString(), m.group(), EventDate.Kind.EXACT));
            } catch (RuntimeException ignored) {
                // not a real date; fall through
            }
        }
        m = MONTH_DAY.matcher(sentence);
        if (m.find()) {
            Optional<EventDate> d = dayOf(month(m.group(1)), m.group(2), m.group(3), ref, m.group());
            if (d.isPresent()) return d;
        }
        m = DAY_MONTH.matcher(sentence);
        if (m.find()) {
            Optional<EventDate> d = dayOf(month(m.group(2)), m.group(1), m.group(3), ref, m.group());
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
                return Optional.of(new EventDate(d.toString(), m.group() + " (in office from " + start.get() + ")",
                        EventDate.Kind.ANCHOR));
            }
        }
        if (ref == null) return Optional.empty();
        EventDate done = null;
        EventDate planned = null;
        m = WEEKDAY.matcher(sentence);
        while ((done == null || planned == null) && m.find()) {
            String plan = plan(sentence, m);
            if (plan == null && done == null) done = weekday(m, ref, false, m.group());
            if (plan != null && planned == null) planned = weekday(m, ref, true, plan);
        }
        Optional<EventDate> d = done != null ? Optional.of(done) : relativeOrMonth(sentence, ref);
        if (planned == null) return d;
        EventDate base = d.orElse(self);
        return Optional.of(new EventDate(base.date(), base.basis(), base.kind(), planned));
    }

    private static Optional<EventDate> relativeOrMonth(String sentence, LocalDate ref) {
        Matcher m = RELATIVE.matcher(sentence);
        if (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            String date = switch (w) {
                case "yesterday", "last night" -> ref.minusDays(1).toString();
                case "tomorrow" -> ref.plusDays(1).toString();
                case "last week" -> ref.minusWeeks(1).toString();
                case "next week" -> ref.plusWeeks(1).toString();
                case "last month" -> YearMonth.from(ref).minusMonths(1).toString();
                case "next month" -> YearMonth.from(ref).plusMonths(1).toString();
                case "last year" -> String.valueOf(ref.getYear() - 1);
                case "next year" -> String.valueOf(ref.getYear() + 1);
                default -> ref.toString(); // today, tonight, this morning, earlier this week
            };
            return Optional.of(new EventDate(date, m.group(), EventDate.Kind.RELATIVE));
        }
        m = BARE_MONTH.matcher(sentence);
        boolean found = false;
        while (!found && m.find()) found = !sinceClause(sentence, m.start(), m.group(1));
        if (found) {
            Month month = month(m.group(2));
            int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : switch (m.group(1)) {
                // "last October" is the latest October before the reference date, "next April" the first after it
                case "last" -> month.getValue() < ref.getMonthValue() ? ref.getYear() : ref.getYear() - 1;
                case "next" -> month.getValue() > ref.getMonthValue() ? ref.getYear() : ref.getYear() + 1;
                default -> nearestYear(month, ref);
            };
            EventDate.Kind kind = m.group(3) != null ? EventDate.Kind.EXACT
                    : m.group(1).equals("last") || m.group(1).equals("next") ? EventDate.Kind.RELATIVE : EventDate.Kind.CALENDAR;
            return Optional.of(new EventDate(YearMonth.of(year, month).toString(), m.group().trim(), kind));
        }
        return Optional.empty();
    }

    /**
     * True when a month names where a span began, not when the event happened: "since June", "since taking
     * office in June" (the clause before it, back to a comma, holds "since").
     */
    private static boolean sinceClause(String sentence, int at, String prefix) {
        if (prefix.equalsIgnoreCase("since")) return true;
        String before = sentence.substring(Math.max(sentence.lastIndexOf(',', at), 0), at);
        Matcher since = SINCE.matcher(before);
        int last = -1;
        while (since.find()) last = since.end();
        if (last < 0) return false;
        // "since taking office in June", not "since April ended in May": a few words, no date of their own
        String between = before.substring(last).strip();
        return between.split("\\s+").length <= 5 && !MONTH_WORD.matcher(between).find();
    }

    /**
     * A weekday counted from {@code ref}: "next Tuesday" is the first Tuesday after it, "last Tuesday" the
     * latest before it (a week back when {@code ref} is a Tuesday); a plain or "this" weekday is the latest
     * such day on or before it, or, attached to a plan ({@code planned}), the first on or after it.
     */
    private static EventDate weekday(Matcher m, LocalDate ref, boolean planned, String basis) {
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        int back = (ref.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        int ahead = (day.getValue() - ref.getDayOfWeek().getValue() + 7) % 7;
        LocalDate d;
        if ("next".equals(m.group(1))) d = ref.plusDays(ahead == 0 ? 7 : ahead);
        else if ("last".equals(m.group(1))) d = ref.minusDays(back == 0 ? 7 : back);
        else d = planned ? ref.plusDays(ahead) : ref.minusDays(back);
        return new EventDate(d.toString(), basis, EventDate.Kind.WEEKDAY);
    }

    /**
     * The words that attach a weekday to a plan or a schedule ("scheduled for Friday", "set for", "due on",
     * "slated", "starting midnight on Monday", "agreed to meet on Friday", "will ... on Friday"), or null:
     * the last such marker before the weekday, in the same clause (no comma, bracket, dash or relative word
     * such as "which" or "after" between), at most {@value #PLAN_REACH} words before it, and not with the
     * weekday hanging off a past participle in between ("will review the deal signed on Monday"). "last
     * Tuesday" is never a plan's.
     */
    private static String plan(String sentence, Matcher weekday) {
        if ("last".equals(weekday.group(1))) return null;
        String before = sentence.substring(0, weekday.start());
        Matcher p = PLAN.matcher(before);
        int start = -1;
        int end = -1;
        while (p.find()) {
            start = p.start();
            end = p.end();
        }
        if (start < 0 || CLAUSE_BREAK.matcher(before.substring(end)).find()) return null;
        String marker = before.substring(start, end);
        String between = before.substring(end).trim();
        String[] gap = between.isEmpty() ? new String[0] : between.split("\\s+");
        if (gap.length > PLAN_REACH) return null;
        int last = gap.length - 1;
        while (last >= 0 && (TIME_WORDS.contains(gap[last].toLowerCase(Locale.ROOT)) || gap[last].matches("[\\d:.]+"))) last--;
        if (last >= 0) {
            String w = gap[last].toLowerCase(Locale.ROOT);
            String previous = last > 0 ? gap[last - 1] : marker.substring(marker.lastIndexOf(' ') + 1);
            boolean participle = PARTICIPLES.contains(w) || w.length() > 4 && w.endsWith("ed")
                    && !NOT_PARTICIPLES.contains(w) && Character.isLowerCase(gap[last].charAt(0));
            if (participle && !BE.contains(previous.toLowerCase(Locale.ROOT))) return null;
        }
        if (last < 3) return sentence.substring(start, weekday.end()).replaceAll("\\s+", " ");
        StringBuilder tail = new StringBuilder();
        for (int i = last + 1; i < gap.length; i++) tail.append(gap[i]).append(' ');
        return marker + " ... " + tail + weekday.group();
    }

    private static Optional<EventDate> dayOf(Month month, String day, String year, LocalDate published, String basis) {
        try {
            int y = year != null ? Integer.parseInt(year) : published != null ? nearestYear(month, published) : -1;
            if (y < 0) return Optional.empty();
            return Optional.of(new EventDate(LocalDate.of(y, month, Integer.parseInt(day)).toString(), basis,
                    year != null ? EventDate.Kind.EXACT : EventDate.Kind.CALENDAR));
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
