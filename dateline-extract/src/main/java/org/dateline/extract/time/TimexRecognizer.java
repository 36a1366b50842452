package org.dateline.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimexType;

/**
 * Finds time expressions in English news text and reads what each means, before anchoring.
 *
 * <p>The rules below are a table: a pattern and what a match means. All rules run over the text; where
 * matches overlap the longest wins, so "4-5 September 2014" beats "5 September 2014". Adjacent dates
 * joined by "to", "and" or a dash after "from" or "between" become one range. Month names must be
 * capitalized ("may" is a verb); other words match in any case. Immutable and thread-safe.
 */
final class TimexRecognizer {

    private static final String MONTH = "(?:" + Months.PATTERN + "|" + Months.PATTERN.toUpperCase(Locale.ROOT) + ")";
    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)";
    private static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)(?![\\d,]\\d)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String DASH = "\\s*[-–—]\\s*";
    private static final String DASH_OR_TO = "(?:\\s*[-–—]\\s*|\\s+(?:to|through|until)\\s+)";
    private static final String FUZZY = "(?:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)";
    private static final String UNIT = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)";
    private static final String CUE = "(?:in|since|by|until|till|from|during|through|before|after|of|between|and|to|for|around|circa|as\\s+of|"
            + "as\\s+(?:early|late|soon)\\s+as|"
            + "throughout|in\\s+the\\s+year|year)";
    // ASCII case folding: every keyword is ASCII, and Unicode folding costs at every position tried.
    private static final int CI = Pattern.CASE_INSENSITIVE;

    private static final Map<String, String> MODS = Map.of(
            "early", "START", "mid", "MID", "late", "END", "the end of", "END", "the beginning of", "START",
            "the start of", "START", "the middle of", "MID");

    private static final Pattern RANGE_JOINER = Pattern.compile("\\s*(?:[-–—]|to|until|till|through|and)\\s*", CI);
    private static final Pattern RANGE_OPENER = Pattern.compile("(?:\\b(?:from|between)\\s+)$", CI);
    private static final Pattern DURATION_CUE_BEFORE = Pattern.compile(
            "\\b(?:for|within|over|in|after|lasting|lasted|lasts|took|spent|than|about|nearly|almost|around|past|last|next|first|least|up\\s+to)\\s+$", CI);

    /**
     * One row of the table: the first words a match can start with, a pattern, and what a match means
     * (empty when the match is not a time expression after all).
     */
    private record Rule(Set<String> starts, Pattern pattern, BiFunction<Matcher, String, Optional<Candidate>> read) {
    }

    // First words, lower-cased, that matches start with. DIGIT stands for any word starting with a digit, "(" for a parenthesis.
    private static final String DIGIT = "0";
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Stands for any word starting with a capital letter (the event name of "WWDC 2005"). */
    private static final String CAPITAL = "A";
    private static final Set<String> CAPITALIZED = Set.of(CAPITAL);
    private static final Set<String> PLURAL_WEEKDAYS = Set.of("mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
            "saturdays", "sundays");
    private static final Set<String> FUZZY_FIRST = Set.of("early", "mid", "late", "the");
    private static final Set<String> CUE_FIRST = Set.of("in", "since", "by", "until", "till", "from", "during", "through", "before",
            "after", "of", "between", "and", "to", "for", "around", "circa", "as", "throughout", "year");
    private static final Set<String> NUMBER_FIRST = Set.of(DIGIT, "a", "an", "several", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundreds", "dozens");
    private static final Set<String> QUALIFIER_FIRST = Set.of("more", "less", "fewer", "nearly", "almost", "about", "around",
            "approximately", "at", "over", "under", "some", "up", "roughly");

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    private static Set<String> words(String... words) {
        return Set.of(words);
    }

    private final List<Rule> rules = List.of(
            // Day ranges within a month: "10-11 December", "4-5 September 2014".
            rule(words(DIGIT), "\\b(?<d1>" + DAY + ")" + DASH_OR_TO + "(?<d2>" + DAY + ")\\s+(?<m>" + MONTH + ")(?:,?\\s+(?<y>" + YEAR + "))?\\b", 0,
                    (m, text) -> dayRange(m, "m", "d1", "m", "d2")),
            // "December 10-11", "March 3–5, 2024".
            rule(MONTHS, "\\b(?<m>" + MONTH + ")\\s+(?<d1>" + DAY + ")" + DASH_OR_TO + "(?<d2>" + DAY + ")(?:,?\\s+(?<y>" + YEAR + "))?\\b", 0,
                    (m, text) -> dayRange(m, "m", "d1", "m", "d2")),
            // "30 September - 2 October 2014".
            rule(words(DIGIT), "\\b(?<d1>" + DAY + ")\\s+(?<m1>" + MONTH + ")" + DASH + "(?<d2>" + DAY + ")\\s+(?<m2>" + MONTH + ")(?:,?\\s+(?<y>" + YEAR + "))?\\b", 0,
                    (m, text) -> dayRange(m, "m1", "d1", "m2", "d2")),
            // "September 30 - October 2, 2014".
            rule(MONTHS, "\\b(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + ")" + DASH + "(?<m2>" + MONTH + ")\\s+(?<d2>" + DAY + ")(?:,?\\s+(?<y>" + YEAR + "))?\\b", 0,
                    (m, text) -> dayRange(m, "m1", "d1", "m2", "d2")),
            // "11 December", "15 October 2006", "Tuesday, 5th of May 2015".
            rule(union(WEEKDAYS, words("the", DIGIT)), "\\b(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:the\\s+)?(?<d>" + DAY + ")(?:\\s+of)?\\s+(?<m>" + MONTH + ")(?:,?\\s+(?<y>" + YEAR + "))?\\b", 0,
                    (m, text) -> date(m, "m", "d")),
            // "December 9", "March 3, 2024", "Tuesday, Dec. 8".
            rule(union(WEEKDAYS, MONTHS), "\\b(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?<m>" + MONTH + ")\\s+(?:the\\s+)?(?<d>" + DAY + ")\\b(?!:)(?:,?\\s+(?<y>" + YEAR + ")\\b)?", 0,
                    (m, text) -> date(m, "m", "d")),
            // "December 2015", "early March 2014", "Dec. 2015".
            rule(union(FUZZY_FIRST, MONTHS), "\\b(?:(?<mod>" + FUZZY + ")[-\\s]+)?(?<m>" + MONTH + "),?\\s+(?:of\\s+)?(?<y>" + YEAR + ")\\b", 0,
                    (m, text) -> date(m, "m", null)),
            // A month alone needs a preposition or a modifier: "in December", "mid-September", "since March".
            rule(union(CUE_FIRST, words("last", "next", "this", "that")), "(?i:\\b" + CUE + "\\s+|\\b(?:last|next|this|that)\\s+)(?<t>(?:(?<mod>(?i:" + FUZZY + "))[-\\s]+)?(?<m>" + MONTH + "))\\b(?!\\s+\\d)", 0,
                    (m, text) -> date(m, "m", null)),
            rule(FUZZY_FIRST, "\\b(?<t>(?<mod>" + FUZZY + ")[-\\s]+(?<m>" + MONTH + "))\\b(?!\\s+\\d)", 0,
                    (m, text) -> date(m, "m", null)),
            // ISO and numeric dates: "2015-12-11", "12/11/2015" (month first), "11.12.2015" (day first).
            rule(words(DIGIT), "\\b(?<y>" + YEAR + ")-(?<mo>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])\\b", 0,
                    (m, text) -> numericDate(m)),
            rule(words(DIGIT), "\\b(?<mo>1[0-2]|0?[1-9])/(?<d>[12]\\d|3[01]|0?[1-9])/(?<y>" + YEAR + ")\\b", 0,
                    (m, text) -> numericDate(m)),
            rule(words(DIGIT), "\\b(?<d>[12]\\d|3[01]|0?[1-9])\\.(?<mo>1[0-2]|0?[1-9])\\.(?<y>" + YEAR + ")\\b", 0,
                    (m, text) -> numericDate(m)),
            // A year needs a cue: "in 2011", "early 2014", "(2014)".
            rule(union(CUE_FIRST, words("(")), "(?:\\b" + CUE + "\\s+|\\()(?<t>(?:(?<mod>" + FUZZY + ")[-\\s]+)?(?<y>" + YEAR + "))\\b(?![-–]\\d|\\s*(?:%|percent|per\\s+cent))", CI,
                    (m, text) -> year(m)),
            rule(FUZZY_FIRST, "\\b(?<t>(?<mod>" + FUZZY + ")[-\\s]+(?<y>" + YEAR + "))\\b", CI,
                    (m, text) -> year(m)),
            // A year qualifying a noun: "the 1991 settlement", "the 2014 election" (not "the 2000 troops").
            rule(words("the"), "\\bthe\\s+(?<t>(?<y>" + YEAR + "))\\s+(?=[a-z]+\\b)(?![a-z]*s\\b)", 0,
                    (m, text) -> year(m)),
            // A year naming an edition of an event: "WWDC 2005", "Euro 2016", "Conference 2010".
            // The name is not a function word, and the year closes the phrase ("Some 2000 people" is a count).
            rule(CAPITALIZED, "\\b(?!(?:The|A|An|Some|About|Around|Over|Under|Nearly|Almost|Only|All|Its|His|Her|Their|Our|In|On|At|By|Of|For|From|To|Since|Until|After|Before|And|But|Or|With|No)\\s)"
                    + "\\p{Lu}[\\p{L}&-]*\\s(?<t>(?<y>" + YEAR + "))\\b(?![-–./]?\\d)"
                    + "(?=\\s*(?:[\\n.,;:)!?]|$)|\\s+(?:in|on|at|and|or|of|to|for|with|from|by|was|is|were|are|will|has|had|opened|ended|began|took)\\b)", 0,
                    (m, text) -> year(m)),
            // Year ranges: "2014-2015", "2014-15", "1990–95".
            rule(words(DIGIT), "\\b(?<t>(?<y>" + YEAR + ")\\s?[-–]\\s?(?<y2>\\d{4}|\\d{2}))\\b(?![-–./]?\\d)", 0,
                    (m, text) -> yearRange(m)),
            // Halves: "the first half of 2015", "the second half of the year".
            rule(words("the", "first", "second"), "\\b(?<t>(?:the\\s+)?(?<h>first|second)\\s+half\\s+of\\s+(?:(?<y>" + YEAR
                    + ")|(?<w>the|this|last|next)\\s+year))\\b", CI,
                    (m, text) -> half(m)),
            // An unstated number of units: "for years", "for decades", "in recent months".
            rule(words("for", "in"), "\\b(?:for|in\\s+recent)\\s+(?<t>(?<u>days|weeks|months|years|decades))\\b", CI,
                    (m, text) -> Optional.of(candidate(m, TimexType.DURATION, new Reading.Fixed(durationValue("X", m.group("u"))), null))),
            // "the beginning of the year", "the end of this month", "the middle of next week".
            rule(words("the"), "\\b(?<t>the\\s+(?<edge>beginning|start|end|middle)\\s+of\\s+(?<w>the|this|last|next)\\s+(?<u>week|month|year))\\b", CI,
                    (m, text) -> periodEdge(m)),
            // Reference to the present, past or future: TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF.
            rule(words("now", "currently", "at", "nowadays", "more", "most", "recently", "in"), "\\b(?<t>now|currently|at\\s+present|nowadays|(?:more\\s+|most\\s+)?recently|in\\s+the\\s+future)\\b", CI,
                    (m, text) -> reference(m)),
            // Decades: "the 1990s", "the early 2000s".
            rule(words("the"), "\\b(?<t>the\\s+(?:(?<mod>early|mid|late)[-\\s]+)?(?<dec>1[6-9]\\d0|20\\d0)'?s)\\b", CI,
                    (m, text) -> decade(m)),
            // "today", "yesterday morning", "tonight".
            rule(words("today", "tonight", "yesterday", "tomorrow", "the"), "\\b(?<w>today|tonight|yesterday|tomorrow|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)"
                    + "(?:\\s+(?<part>morning|afternoon|evening|night))?\\b", CI,
                    (m, text) -> deictic(m)),
            rule(words("this", "last"), "\\b(?<w>this|last)\\s+(?<part>morning|afternoon|evening|night)\\b", CI,
                    (m, text) -> dayPart(m.group("w").equalsIgnoreCase("last") ? -1 : 0, m.group("part"), m)),
            // "last week", "next year", "this month", "earlier this year"; with "the", a span: "the past year" = P1Y.
            rule(words("earlier", "later", "the", "last", "next", "this", "coming", "past", "previous"), "\\b(?<t>(?:(?:earlier|later)\\s+)?(?<the>the\\s+)?(?<w>last|next|this|coming|past|previous)\\s+(?<u>week|month|year|decade|weekend))\\b", CI,
                    (m, text) -> relativeUnit(m)),
            // "the last couple of months", "the past three weeks", "the next two years".
            rule(words("the", "last", "past", "previous", "next", "coming", "first", "final", "following"), "\\b(?<t>(?:the\\s+)?(?:last|past|previous|next|coming|first|final|following)\\s+(?<n>couple\\s+of|few|"
                    + NumberWords.PATTERN + ")\\s+(?<u>" + UNIT + "))\\b", CI,
                    (m, text) -> duration(m, text, null)),
            // "17 days", "more than 69 days", "two days ago", "three years from now".
            rule(union(QUALIFIER_FIRST, NUMBER_FIRST), "\\b(?<t>(?:(?<q>(?:more|less|fewer)\\s+than|nearly|almost|about|around|approximately|at\\s+least|at\\s+most|"
                    + "over|under|some|up\\s+to|roughly)\\s+)?(?<n>\\d+\\.\\d+|" + NumberWords.PATTERN + ")(?<half>\\s+and\\s+a\\s+half)?[-\\s]+(?<u>" + UNIT + "))"
                    + "(?<old>[-\\s]+old)?(?:\\s+(?<rel>ago|from\\s+now|later|earlier))?\\b", CI,
                    (m, text) -> duration(m, text, m.group("q"))),
            // Sets: "every year", "each Monday", "twice a week", "annually".
            rule(words("every", "each"), "\\b(?<t>(?:every|each)\\s+(?<u>day|week|month|year|morning|evening|night|weekend|" + WEEKDAY + "))\\b", CI,
                    (m, text) -> set(m, m.group("u"))),
            rule(union(NUMBER_FIRST, words("once", "twice")), "\\b(?<t>(?:once|twice|\\w+\\s+times)\\s+(?:a|per)\\s+(?<u>day|week|month|year))\\b", CI,
                    (m, text) -> set(m, m.group("u"))),
            rule(PLURAL_WEEKDAYS, "\\b(?<t>(?<wd>" + WEEKDAY + ")s)\\b", 0,
                    (m, text) -> set(m, m.group("wd"))),
            rule(words("annually", "annual", "daily", "weekly", "monthly"), "\\b(?<t>annually|annual)\\b|\\b(?<t2>daily|weekly|monthly)(?=\\s*[.,;]|\\s*$)", CI,
                    (m, text) -> set(m, m.group("t") != null ? "year" : m.group("t2").toLowerCase(Locale.ROOT).replace("daily", "day").replace("ly", ""))),
            // Weekdays: "on Tuesday", "last Friday", "Monday morning", "Sunday's vote".
            rule(union(WEEKDAYS, words("last", "next", "this")), "\\b(?<t>(?:(?<dir>last|next|this)\\s+)?(?<wd>" + WEEKDAY + ")(?:\\s+(?<part>morning|afternoon|evening|night))?)(?!\\s*,?\\s*(?:" + MONTH + "|" + DAY + "))", 0,
                    (m, text) -> weekday(m)),
            // Clock times: "9:30 a.m.", "6 p.m.", "18:45".
            rule(words(DIGIT), "\\b(?<t>(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b))", CI,
                    (m, text) -> clock(m)),
            rule(words(DIGIT), "(?<![\\d.:])(?<t>(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d))(?![\\d:])", 0,
                    (m, text) -> clock(m)),
            rule(words(DIGIT), "\\b(?<t>(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s+(?:GMT|UTC))\\b", 0,
                    (m, text) -> clock(m)),
            rule(words("at", "around", "before", "after", "by", "until"), "\\b(?:at|around|before|after|by|until)\\s+(?<t>noon|midday|midnight)\\b", CI,
                    (m, text) -> noon(m)),
            // Centuries: "the 12th century" = 11, "19th-century" = 18.
            rule(words("the", DIGIT), "\\b(?<t>(?:the\\s+)?(?<c>[12]?\\d)(?:st|nd|rd|th)[-\\s]century)\\b", CI,
                    (m, text) -> century(m)),
            rule(words("that"), "\\b(?<t>that\\s+(?<part>morning|afternoon|evening|night))\\b", CI,
                    (m, text) -> Optional.of(candidate(m, TimexType.TIME, new Reading.NarrativeDayPart(partCode(m.group("part"))), null))),
            // "the next day", "the previous day", "a day later", "that day".
            rule(words("the", "a", "that"), "\\b(?<t>the\\s+(?<w>next|following|previous)\\s+day|the\\s+day\\s+(?<w2>before|after)|a\\s+day\\s+(?<w3>later|earlier)|that\\s+day)\\b", CI,
                    (m, text) -> narrativeDay(m)),
            // Quarters and seasons: "the third quarter of 2015", "Q1 2016", "summer 2014", "last winter".
            rule(words("the", "first", "second", "third", "fourth", DIGIT), "\\b(?<t>(?:the\\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter(?:\\s+of\\s+(?<y>" + YEAR + "))?)\\b", CI,
                    (m, text) -> quarter(m)),
            rule(words("q1", "q2", "q3", "q4"), "\\b(?<t>Q(?<q>[1-4])\\s+(?<y>" + YEAR + "))\\b", 0,
                    (m, text) -> quarter(m)),
            rule(words("last", "this", "next", "spring", "summer", "autumn", "fall", "winter"), "\\b(?<t>(?:(?<dir>last|this|next)\\s+)?(?<s>spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(?<y>" + YEAR + "))?)\\b", CI,
                    (m, text) -> season(m)));

    private static Rule rule(Set<String> starts, String regex, int flags, BiFunction<Matcher, String, Optional<Candidate>> read) {
        return new Rule(starts, Pattern.compile(regex, flags), read);
    }

    /** For each first word, the indexes of the rules a match can start with it. */
    private final Map<String, int[]> rulesByFirstWord = indexByFirstWord(rules);

    private static Map<String, int[]> indexByFirstWord(List<Rule> rules) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String word : rules.get(r).starts()) {
                index.computeIfAbsent(word, k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, int[]> out = new HashMap<>();
        index.forEach((word, list) -> out.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    /** Every time expression in {@code text}, in text order, without overlaps. */
    List<Candidate> find(String text) {
        List<Candidate> all = new ArrayList<>();
        Matcher[] matchers = new Matcher[rules.size()];
        int[] after = new int[rules.size()];
        // Each rule is tried only where a word it can begin with starts: a pattern probing every character is ten times slower.
        for (int[] word : wordStarts(text)) {
            tryRules(rulesByFirstWord.get(firstWordKey(text, word)), word[0], text, matchers, after, all);
            if (Character.isUpperCase(text.charAt(word[0]))) {
                tryRules(rulesByFirstWord.get(CAPITAL), word[0], text, matchers, after, all);
            }
        }
        return mergeRanges(text, longestFirst(all));
    }

    /** Tries the given rules at one position, as {@code Matcher.find} would reach it: not inside the rule's last match. */
    private void tryRules(int[] ruleIndexes, int at, String text, Matcher[] matchers, int[] after, List<Candidate> out) {
        if (ruleIndexes == null) {
            return;
        }
        for (int r : ruleIndexes) {
            if (at < after[r]) {
                continue;
            }
            Rule rule = rules.get(r);
            if (matchers[r] == null) {
                matchers[r] = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            Matcher m = matchers[r];
            m.region(at, text.length());
            if (m.lookingAt()) {
                after[r] = m.end();
                rule.read().apply(m, text).ifPresent(c -> {
                    if (c.length() > 0 && !isInsideWord(text, c)) {
                        out.add(c);
                    }
                });
            }
        }
    }

    /** Where each word (a run of letters and digits) or opening parenthesis starts, and where it ends. */
    private static List<int[]> wordStarts(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                out.add(new int[] {i, i + 1});
            } else if (Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = i + 1;
                while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                out.add(new int[] {i, end});
            }
        }
        return out;
    }

    private static String firstWordKey(String text, int[] word) {
        char first = text.charAt(word[0]);
        if (Character.isDigit(first)) {
            return DIGIT;
        }
        return text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
    }

    private static boolean isInsideWord(String text, Candidate c) {
        return c.start() > 0 && Character.isLetterOrDigit(text.charAt(c.start() - 1))
                && Character.isLetterOrDigit(text.charAt(c.start()));
    }

    private static List<Candidate> longestFirst(List<Candidate> all) {
        List<Candidate> byLength = new ArrayList<>(all);
        byLength.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : byLength) {
            if (chosen.stream().noneMatch(c::overlaps)) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    /** "from June 23 to July 10", "between 2010 and 2014", "from March to May": two dates become one range. */
    private static List<Candidate> mergeRanges(String text, List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < cands.size(); i++) {
            Candidate a = cands.get(i);
            if (i + 1 < cands.size()) {
                Candidate b = cands.get(i + 1);
                if (isDate(a) && isDate(b)
                        && RANGE_JOINER.matcher(text.substring(a.end(), b.start())).matches()
                        && RANGE_OPENER.matcher(text.substring(Math.max(0, a.start() - 12), a.start())).find()) {
                    out.add(new Candidate(a.start(), b.end(), TimexType.DATE, new Reading.Range(a.reading(), b.reading()), null));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static boolean isDate(Candidate c) {
        return c.type() == TimexType.DATE && c.mod() == null
                && (c.reading() instanceof Reading.Explicit || c.reading() instanceof Reading.Yearless);
    }

    // ---- what a match means -------------------------------------------------------------------

    /** The span of a match: its group "t" where the pattern has one (context words stay outside), else all of it. */
    private static Candidate candidate(Matcher m, TimexType type, Reading reading, String mod) {
        String group = groupOrNull(m, "t") != null ? "t" : groupOrNull(m, "t2") != null ? "t2" : null;
        int start = group == null ? m.start() : m.start(group);
        int end = group == null ? m.end() : m.end(group);
        return new Candidate(start, end, type, reading, mod);
    }

    private static String groupOrNull(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private static int month(Matcher m, String group) {
        return Months.number(m.group(group)).orElseThrow();
    }

    private static int day(String written) {
        return Integer.parseInt(written.replaceAll("\\D", ""));
    }

    private static String mod(Matcher m) {
        String fuzzy = groupOrNull(m, "mod");
        return fuzzy == null ? null : MODS.get(fuzzy.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** A single date; {@code dayGroup} null for a month. */
    private static Optional<Candidate> date(Matcher m, String monthGroup, String dayGroup) {
        int month = month(m, monthGroup);
        int day = dayGroup == null ? 0 : day(m.group(dayGroup));
        String year = groupOrNull(m, "y");
        Optional<Reading> reading = dateReading(year, month, day);
        String weekday = groupOrNull(m, "wd");
        if (weekday != null && reading.isPresent() && reading.get() instanceof Reading.Yearless y) {
            reading = Optional.of(new Reading.Yearless(y.month(), y.day(), DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT))));
        }
        return reading.map(r -> candidate(m, TimexType.DATE, r, mod(m)));
    }

    private static Optional<Reading> dateReading(String year, int month, int day) {
        try {
            if (year == null) {
                if (day > 0) {
                    LocalDate.of(2000, month, day); // rejects "31 June"; 2000 is a leap year, so 29 February passes
                }
                return Optional.of(new Reading.Yearless(month, day));
            }
            int y = Integer.parseInt(year);
            return Optional.of(day == 0
                    ? new Reading.Explicit(LocalDate.of(y, month, 1), Granularity.MONTH)
                    : new Reading.Explicit(LocalDate.of(y, month, day), Granularity.DAY));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    private static Optional<Candidate> dayRange(Matcher m, String m1, String d1, String m2, String d2) {
        String year = groupOrNull(m, "y");
        Optional<Reading> from = dateReading(year, month(m, m1), day(m.group(d1)));
        Optional<Reading> to = dateReading(year, month(m, m2), day(m.group(d2)));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(candidate(m, TimexType.DATE, new Reading.Range(from.get(), to.get()), null));
    }

    private static Optional<Candidate> numericDate(Matcher m) {
        return dateReading(m.group("y"), Integer.parseInt(m.group("mo")), Integer.parseInt(m.group("d")))
                .map(r -> candidate(m, TimexType.DATE, r, null));
    }

    private static Optional<Candidate> year(Matcher m) {
        LocalDate first = LocalDate.of(Integer.parseInt(m.group("y")), 1, 1);
        return Optional.of(candidate(m, TimexType.DATE, new Reading.Explicit(first, Granularity.YEAR), mod(m)));
    }

    private static Optional<Candidate> decade(Matcher m) {
        LocalDate first = LocalDate.of(Integer.parseInt(m.group("dec")), 1, 1);
        return Optional.of(candidate(m, TimexType.DATE, new Reading.Explicit(first, Granularity.DECADE), mod(m)));
    }

    private static Optional<Candidate> deictic(Matcher m) {
        String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int offset = switch (w) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            case "the day before yesterday" -> -2;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
        String part = m.group("part");
        if (w.equals("tonight")) {
            return dayPart(0, "night", m);
        }
        if (part != null) {
            return dayPart(offset, part, m);
        }
        return Optional.of(candidate(m, TimexType.DATE, new Reading.Relative(offset, ChronoUnit.DAYS, Granularity.DAY), null));
    }

    private static String partCode(String part) {
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    private static Optional<Candidate> dayPart(int offset, String part, Matcher m) {
        return Optional.of(candidate(m, TimexType.TIME, new Reading.DayPart(offset, partCode(part)), null));
    }

    private static Optional<Candidate> relativeUnit(Matcher m) {
        String w = m.group("w").toLowerCase(Locale.ROOT);
        String u = m.group("u").toLowerCase(Locale.ROOT);
        boolean withArticle = m.group("the") != null;
        if (withArticle && !w.equals("this")) {
            // "the past year", "the coming weeks": a stretch of time, not a calendar unit.
            return Optional.of(candidate(m, TimexType.DURATION, new Reading.Fixed(durationValue("1", u)), null));
        }
        int offset = switch (w) {
            case "last", "past", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        Reading reading = switch (u) {
            case "week" -> new Reading.Relative(offset, ChronoUnit.WEEKS, Granularity.WEEK);
            case "weekend" -> new Reading.Relative(offset, ChronoUnit.WEEKS, Granularity.WEEK);
            case "month" -> new Reading.Relative(offset, ChronoUnit.MONTHS, Granularity.MONTH);
            case "decade" -> new Reading.Relative(offset * 10L, ChronoUnit.YEARS, Granularity.DECADE);
            default -> new Reading.Relative(offset, ChronoUnit.YEARS, Granularity.YEAR);
        };
        return Optional.of(candidate(m, TimexType.DATE, reading, null));
    }

    private static Optional<Candidate> duration(Matcher m, String text, String qualifier) {
        if (groupOrNull(m, "old") != null) {
            return Optional.empty(); // "a 19-year-old": an age, not a time
        }
        String numberWords = m.group("n").toLowerCase(Locale.ROOT);
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        boolean bareArticle = numberWords.equals("a") || numberWords.equals("an");
        String count = count(numberWords, groupOrNull(m, "half") != null);
        if (count == null) {
            return Optional.empty();
        }
        String rel = groupOrNull(m, "rel");
        ChronoUnit cu = chronoUnit(unit);
        if (rel != null && cu != null && count.chars().allMatch(Character::isDigit)) {
            String r = rel.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int n = Integer.parseInt(count);
            if (r.equals("ago") || r.equals("from now")) {
                long amount = r.equals("ago") ? -n : n;
                return Optional.of(new Candidate(m.start("t"), m.end(), TimexType.DATE,
                        new Reading.Relative(amount, cu, granularityOf(cu)), null));
            }
            if (cu == ChronoUnit.DAYS) {
                int days = r.equals("later") ? n : -n;
                return Optional.of(new Candidate(m.start("t"), m.end(), TimexType.DATE, new Reading.NarrativeRelative(days), null));
            }
        }
        if (rel != null && rel.toLowerCase(Locale.ROOT).startsWith("ago")) {
            return Optional.empty(); // "a few years ago": no value a reader could check
        }
        if (bareArticle && qualifier == null && !hasDurationCueBefore(text, m.start("t"))) {
            return Optional.empty(); // "$5 billion a year", "a day of mourning": not a stretch of time
        }
        // "nine hours later" is a stretch of nine hours after an event the text does not date.
        return Optional.of(candidate(m, TimexType.DURATION, new Reading.Fixed(durationValue(count, unit)), qualifierMod(qualifier)));
    }

    /** The count of a duration as TIMEX3 writes it: "17", "2.5", "X" for a vague one; null when not a number. */
    private static String count(String words, boolean andAHalf) {
        if (words.matches("\\d+\\.\\d+")) {
            return andAHalf ? null : words;
        }
        OptionalInt parsed = words.startsWith("couple") ? OptionalInt.of(2)
                : words.equals("few") ? OptionalInt.of(NumberWords.VAGUE) : NumberWords.parse(words);
        if (parsed.isEmpty()) {
            return null;
        }
        int n = parsed.getAsInt();
        if (n == NumberWords.VAGUE) {
            return andAHalf ? null : "X";
        }
        return andAHalf ? n + ".5" : Integer.toString(n);
    }

    private static boolean hasDurationCueBefore(String text, int from) {
        return DURATION_CUE_BEFORE.matcher(text.substring(Math.max(0, from - 20), from)).find();
    }

    private static String qualifierMod(String q) {
        if (q == null) {
            return null;
        }
        String w = q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "more than", "over" -> "MORE_THAN";
            case "less than", "fewer than", "under" -> "LESS_THAN";
            case "at least" -> "EQUAL_OR_MORE";
            case "at most", "up to" -> "EQUAL_OR_LESS";
            default -> "APPROX";
        };
    }

    private static ChronoUnit chronoUnit(String unit) {
        String u = unit.endsWith("s") && !unit.equals("centuries") ? unit.substring(0, unit.length() - 1) : unit;
        return switch (u) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "year" -> ChronoUnit.YEARS;
            case "decade" -> ChronoUnit.DECADES;
            default -> null;
        };
    }

    private static Granularity granularityOf(ChronoUnit unit) {
        return switch (unit) {
            case DAYS -> Granularity.DAY;
            case WEEKS -> Granularity.WEEK;
            case MONTHS -> Granularity.MONTH;
            case DECADES -> Granularity.DECADE;
            default -> Granularity.YEAR;
        };
    }

    /** TIMEX3 duration: P2M, P17D, PT3H, P2.5D; X for a vague count ("a few days" = PXD). */
    static String durationValue(String count, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        boolean whole = count.chars().allMatch(Character::isDigit);
        if (u.startsWith("second")) {
            return "PT" + count + "S";
        }
        if (u.startsWith("minute")) {
            return "PT" + count + "M";
        }
        if (u.startsWith("hour")) {
            return "PT" + count + "H";
        }
        if (u.startsWith("day")) {
            return "P" + count + "D";
        }
        if (u.startsWith("week")) {
            return "P" + count + "W";
        }
        if (u.startsWith("month")) {
            return "P" + count + "M";
        }
        if (u.startsWith("decade")) {
            return whole ? "P" + (10 * Integer.parseInt(count)) + "Y" : "P" + count + "DE";
        }
        if (u.startsWith("centur")) {
            return whole ? "P" + (100 * Integer.parseInt(count)) + "Y" : "P" + count + "CE";
        }
        return "P" + count + "Y";
    }

    /** A SET value: "every year" = P1Y, "each Monday" = XXXX-WXX-1, "every morning" = XXXX-XX-XXTMO. */
    private static Optional<Candidate> set(Matcher m, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        String value = switch (u) {
            case "day" -> "P1D";
            case "week" -> "P1W";
            case "month" -> "P1M";
            case "year" -> "P1Y";
            case "weekend" -> "XXXX-WXX-WE";
            case "morning", "evening", "night" -> "XXXX-XX-XXT" + partCode(u);
            default -> "XXXX-WXX-" + DayOfWeek.valueOf(u.toUpperCase(Locale.ROOT)).getValue();
        };
        return Optional.of(candidate(m, TimexType.SET, new Reading.Fixed(value), null));
    }

    private static Optional<Candidate> weekday(Matcher m) {
        DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
        String dir = m.group("dir");
        int direction = dir == null ? 0 : switch (dir.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        String part = m.group("part") == null ? null : partCode(m.group("part"));
        return Optional.of(candidate(m, part == null ? TimexType.DATE : TimexType.TIME, new Reading.Weekday(day, direction, part), null));
    }

    private static Optional<Candidate> clock(Matcher m) {
        int hour = Integer.parseInt(m.group("h"));
        String mi = m.group("mi");
        int minute = mi == null ? 0 : Integer.parseInt(mi);
        String ap = groupOrNull(m, "ap");
        if (ap != null) {
            boolean pm = ap.toLowerCase(Locale.ROOT).startsWith("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return Optional.of(candidate(m, TimexType.TIME, new Reading.ClockTime(hour, minute), null));
    }

    private static Optional<Candidate> noon(Matcher m) {
        boolean midnight = m.group("t").equalsIgnoreCase("midnight");
        return Optional.of(candidate(m, TimexType.TIME, new Reading.ClockTime(midnight ? 0 : 12, 0), null));
    }

    private static Optional<Candidate> yearRange(Matcher m) {
        int from = Integer.parseInt(m.group("y"));
        String second = m.group("y2");
        int to = second.length() == 2 ? from / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
        if (to <= from || to - from > 50) {
            return Optional.empty(); // "2014-10" is a month, "1990-2200" no range of years
        }
        Reading range = new Reading.Range(new Reading.Explicit(LocalDate.of(from, 1, 1), Granularity.YEAR),
                new Reading.Explicit(LocalDate.of(to, 1, 1), Granularity.YEAR));
        return Optional.of(candidate(m, TimexType.DATE, range, null));
    }

    private static Optional<Candidate> half(Matcher m) {
        String code = m.group("h").equalsIgnoreCase("first") ? "H1" : "H2";
        String y = m.group("y");
        if (y != null) {
            return Optional.of(candidate(m, TimexType.DATE, new Reading.YearPart(Integer.valueOf(y), 0, code), null));
        }
        String w = m.group("w").toLowerCase(Locale.ROOT);
        int offset = w.equals("last") ? -1 : w.equals("next") ? 1 : 0;
        return Optional.of(candidate(m, TimexType.DATE, new Reading.YearPart(null, offset, code), null));
    }

    private static Optional<Candidate> periodEdge(Matcher m) {
        String edge = m.group("edge").toLowerCase(Locale.ROOT);
        String mod = switch (edge) {
            case "end" -> "END";
            case "middle" -> "MID";
            default -> "START";
        };
        String w = m.group("w").toLowerCase(Locale.ROOT);
        int offset = w.equals("last") ? -1 : w.equals("next") ? 1 : 0;
        Reading reading = switch (m.group("u").toLowerCase(Locale.ROOT)) {
            case "week" -> new Reading.Relative(offset, ChronoUnit.WEEKS, Granularity.WEEK);
            case "month" -> new Reading.Relative(offset, ChronoUnit.MONTHS, Granularity.MONTH);
            default -> new Reading.Relative(offset, ChronoUnit.YEARS, Granularity.YEAR);
        };
        return Optional.of(candidate(m, TimexType.DATE, reading, mod));
    }

    private static Optional<Candidate> reference(Matcher m) {
        String w = m.group("t").toLowerCase(Locale.ROOT);
        String value = w.contains("recent") ? "PAST_REF" : w.contains("future") ? "FUTURE_REF" : "PRESENT_REF";
        return Optional.of(candidate(m, TimexType.DATE, new Reading.Fixed(value), null));
    }

    private static Optional<Candidate> century(Matcher m) {
        int c = Integer.parseInt(m.group("c"));
        if (c < 1 || c > 21) {
            return Optional.empty();
        }
        return Optional.of(candidate(m, TimexType.DATE, new Reading.Fixed(String.format("%02d", c - 1)), null));
    }

    private static Optional<Candidate> narrativeDay(Matcher m) {
        String t = m.group("t").toLowerCase(Locale.ROOT);
        int days = t.startsWith("that") ? 0
                : t.contains("previous") || t.contains("before") || t.contains("earlier") ? -1 : 1;
        return Optional.of(candidate(m, TimexType.DATE, new Reading.NarrativeRelative(days), null));
    }

    private static Optional<Candidate> quarter(Matcher m) {
        String q = m.group("q").toLowerCase(Locale.ROOT);
        int n = switch (q) {
            case "first", "1st", "1" -> 1;
            case "second", "2nd", "2" -> 2;
            case "third", "3rd", "3" -> 3;
            default -> 4;
        };
        String y = m.group("y");
        return Optional.of(candidate(m, TimexType.DATE, new Reading.YearPart(y == null ? null : Integer.valueOf(y), 0, "Q" + n), null));
    }

    private static Optional<Candidate> season(Matcher m) {
        String dir = m.group("dir");
        String y = m.group("y");
        if (dir == null && y == null) {
            return Optional.empty(); // "fall" is usually a verb, "spring" a noun: a season needs a year or "last/this/next"
        }
        String code = switch (m.group("s").toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "autumn", "fall" -> "FA";
            default -> "WI";
        };
        int offset = dir == null ? 0 : switch (dir.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return Optional.of(candidate(m, TimexType.DATE, new Reading.YearPart(y == null ? null : Integer.valueOf(y), offset, code), null));
    }
}
