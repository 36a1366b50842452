package org.dateline.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.dateline.model.Anchor;

/**
 * What a recognized time expression means before it is anchored: "15 October 2006" is complete,
 * "September 19" lacks its year, "yesterday" needs the document date. Resolution happens later,
 * once the document date and the narrative around the expression are known.
 */
sealed interface Reading {

    /** The value once anchored in {@code ctx}. */
    Resolved resolve(Context ctx);

    /**
     * The last day this expression fixes by itself, with no anchoring, at day, week or month precision;
     * null otherwise. These are the dates that bound an undated article's year from below.
     */
    default LocalDate explicitLastDay() {
        return null;
    }

    /**
     * A resolved value.
     *
     * @param value     TIMEX3 value
     * @param anchor    what it was resolved against
     * @param narrative the date it establishes for later year-less dates, or null
     */
    record Resolved(String value, Anchor anchor, Context.Narrative narrative) {
        static Resolved of(String value, Anchor anchor) {
            return new Resolved(value, anchor, null);
        }
    }

    /** A calendar value written in full: "15 October 2006", "December 2015", "2014", "the 1990s". */
    record Explicit(LocalDate date, Granularity granularity) implements Reading {
        @Override
        public Resolved resolve(Context ctx) {
            String value = granularity.format(date);
            return new Resolved(value, Anchor.NONE, new Context.Narrative(date, granularity, value));
        }

        @Override
        public LocalDate explicitLastDay() {
            return switch (granularity) {
                case DAY, WEEK, MONTH -> granularity.lastDay(date);
                default -> null;
            };
        }
    }

    /**
     * A date without its year: "September 19", "30 September", "mid-September" (day 0 = the whole month).
     * {@code weekday} is the day of the week written with it ("Monday, February 6"), or null: it narrows the year.
     */
    record Yearless(int month, int day, DayOfWeek weekday) implements Reading {

        Yearless(int month, int day) {
            this(month, day, null);
        }


        Granularity granularity() {
            return day == 0 ? Granularity.MONTH : Granularity.DAY;
        }

        LocalDate in(int year) {
            LocalDate first = LocalDate.of(year, month, 1);
            return day == 0 ? first : first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
        }

        @Override
        public Resolved resolve(Context ctx) {
            LocalDate nearDocument = ctx.documentYearKnown() ? in(yearNear(ctx.documentDate().date(), ctx.tense())) : null;
            // A date within a month of the document date is news of the day, whatever year the narrative was in.
            boolean current = nearDocument != null
                    && Math.abs(ChronoUnit.DAYS.between(nearDocument, ctx.documentDate().date())) <= CURRENT_DAYS;
            if (ctx.narrative() != null && !current) {
                LocalDate date = in(ctx.narrative().date().getYear());
                return established(date, new Anchor(Anchor.Kind.NARRATIVE, ctx.narrative().value()));
            }
            if (nearDocument != null) {
                return established(nearDocument, new Anchor(Anchor.Kind.DOCUMENT_DATE, ctx.documentDate().format(Granularity.DAY)));
            }
            return Resolved.of(granularity().formatWithoutYear(in(ReferenceDate.PLACEHOLDER_YEAR)), Anchor.UNRESOLVED);
        }

        private Resolved established(LocalDate date, Anchor anchor) {
            String value = granularity().format(date);
            return new Resolved(value, anchor, new Context.Narrative(date, granularity(), value));
        }

        /**
         * The year that puts this date where the clause says it is relative to the document date. News
         * reports the past: only a future clause moves a date into the next year (one more than a month
         * behind the document date); a past clause moves a date more than a month ahead into the previous
         * year, and a clause without tense cues one more than half a year ahead.
         */
        int yearNear(LocalDate reference, Tense tense) {
            int year = reference.getYear();
            long days = ChronoUnit.DAYS.between(reference, in(year));
            return switch (tense) {
                case FUTURE -> days < -31 ? year + 1 : year;
                case PAST -> days > 31 ? year - 1 : year;
                case UNKNOWN -> days > 183 ? year - 1 : year;
            };
        }
    }

    /** How close to the document date a year-less date counts as the day's news rather than the narrative's. */
    int CURRENT_DAYS = 31;

    /** "10-11 December", "from June 23 to July 10, 2018", "4-5 September 2014", "from March to May". */
    record Range(Reading from, Reading to) implements Reading {
        @Override
        public Resolved resolve(Context ctx) {
            Resolved end;
            Resolved start;
            if (from instanceof Yearless f && to instanceof Explicit t) {
                // The year written once at the end belongs to both ends ("June 23 - July 10, 2018").
                int year = t.date().getYear();
                LocalDate s = f.in(year);
                if (s.isAfter(t.date())) {
                    s = f.in(year - 1);
                }
                start = Resolved.of(f.granularity().format(s), Anchor.NONE);
                end = to.resolve(ctx);
            } else if (from instanceof Yearless f && to instanceof Yearless t) {
                start = from.resolve(ctx);
                if (start.anchor().kind() == Anchor.Kind.UNRESOLVED) {
                    end = to.resolve(ctx);
                } else {
                    int year = Integer.parseInt(start.value().substring(0, 4));
                    LocalDate e = t.in(year);
                    if (e.isBefore(f.in(year))) {
                        e = t.in(year + 1);
                    }
                    end = Resolved.of(t.granularity().format(e), start.anchor());
                }
            } else {
                start = from.resolve(ctx);
                end = to.resolve(ctx);
            }
            Anchor anchor = start.anchor().kind() != Anchor.Kind.NONE ? start.anchor() : end.anchor();
            Context.Narrative narrative = start.narrative() != null ? start.narrative() : end.narrative();
            return new Resolved(start.value() + "/" + end.value(), anchor, narrative);
        }

        @Override
        public LocalDate explicitLastDay() {
            return to.explicitLastDay();
        }
    }

    /** Values of a relative expression when not even the document's month and day are known. */
    Map<Granularity, String> UNKNOWN_BY_GRANULARITY = Map.of(
            Granularity.DAY, "XXXX-XX-XX", Granularity.WEEK, "XXXX-WXX", Granularity.MONTH, "XXXX-XX",
            Granularity.QUARTER, "XXXX-QX", Granularity.YEAR, "XXXX", Granularity.DECADE, "XXX");

    /** An offset from the document date: "yesterday", "two days ago", "last week", "next year". */
    record Relative(long amount, ChronoUnit unit, Granularity granularity) implements Reading {
        @Override
        public Resolved resolve(Context ctx) {
            ReferenceDate ref = ctx.documentDate();
            if (ref == null) {
                return Resolved.of(UNKNOWN_BY_GRANULARITY.get(granularity), Anchor.UNRESOLVED);
            }
            // Without the year, "yesterday" and "next month" still fix day and month: XXXX-12-10, XXXX-12.
            ReferenceDate target = new ReferenceDate(ref.date().plus(amount, unit), ref.yearKnown());
            return Resolved.of(target.format(granularity), ref.yearKnown() ? documentAnchor(ref) : Anchor.UNRESOLVED);
        }
    }

    /**
     * A weekday: "on Tuesday", "last Friday", "next Monday morning". Direction -1 before, +1 after, 0 by tense;
     * part is a TIMEX3 part of day ("MO") or null.
     */
    record Weekday(DayOfWeek day, int direction, String part) implements Reading {
        @Override
        public Resolved resolve(Context ctx) {
            ReferenceDate ref = ctx.documentDate();
            String suffix = part == null ? "" : "T" + part;
            if (ref == null || !ref.yearKnown()) {
                return Resolved.of("XXXX-WXX-" + day.getValue() + suffix, Anchor.UNRESOLVED);
            }
            LocalDate d = ref.date();
            LocalDate date;
            if (direction < 0) {
                date = d.with(TemporalAdjusters.previous(day));
            } else if (direction > 0) {
                date = d.with(TemporalAdjusters.next(day));
            } else if (ctx.tense() == Tense.FUTURE) {
                date = d.with(TemporalAdjusters.nextOrSame(day));
            } else {
                date = d.with(TemporalAdjusters.previousOrSame(day));
            }
            return Resolved.of(date + suffix, documentAnchor(ref));
        }
    }

    /** A part of a day relative to the document date: "this morning" (0, MO), "last night" (-1, NI). */
    record DayPart(int dayOffset, String part) implements Reading {
        @Override
        public Resolved resolve(Context ctx) {
            ReferenceDate ref = ctx.documentDate();
            if (ref == null) {
                return Resolved.of("XXXX-XX-XXT" + part, Anchor.UNRESOLVED);
            }
            ReferenceDate day = new ReferenceDate(ref.date().plusDays(dayOffset), ref.yearKnown());
            return Resolved.of(day.format(Granularity.DAY) + "T" + part, documentAnchor(ref));
        }
    }

    /** A clock time: "9:30 a.m.", "18:00"; on the date of its sentence, else the document date. */
    record ClockTime(int hour, int minute) implements Reading {
        @Override
        public Resolved resolve(Context ctx) {
            String time = String.format("T%02d:%02d", hour, minute);
            if (ctx.sentenceDate() != null) {
                return Resolved.of(ctx.sentenceDate() + time, new Anchor(Anchor.Kind.NARRATIVE, ctx.sentenceDate().toString()));
            }
            ReferenceDate ref = ctx.documentDate();
            if (ref == null) {
                return Resolved.of("XXXX-XX-XX" + time, Anchor.UNRESOLVED);
            }
            return Resolved.of(ref.format(Granularity.DAY) + time, documentAnchor(ref));
        }
    }

    /** A day counted from the narrative's last date: "the next day", "the previous day". */
    record NarrativeRelative(int days) implements Reading {
        @Override
        public Resolved resolve(Context ctx) {
            Context.Narrative n = ctx.narrative();
            if (n != null && n.granularity() == Granularity.DAY) {
                LocalDate date = n.date().plusDays(days);
                return new Resolved(date.toString(), new Anchor(Anchor.Kind.NARRATIVE, n.value()),
                        new Context.Narrative(date, Granularity.DAY, date.toString()));
            }
            ReferenceDate ref = ctx.documentDate();
            if (ref != null) {
                return Resolved.of(new ReferenceDate(ref.date().plusDays(days), ref.yearKnown()).format(Granularity.DAY),
                        documentAnchor(ref));
            }
            return Resolved.of("XXXX-XX-XX", Anchor.UNRESOLVED);
        }
    }

    /** A part of the day the narrative last dated: "the first four boys came out that evening". */
    record NarrativeDayPart(String part) implements Reading {
        @Override
        public Resolved resolve(Context ctx) {
            Context.Narrative n = ctx.narrative();
            if (n != null && n.granularity() == Granularity.DAY) {
                return Resolved.of(n.date() + "T" + part, new Anchor(Anchor.Kind.NARRATIVE, n.value()));
            }
            ReferenceDate ref = ctx.documentDate();
            if (ref != null) {
                return Resolved.of(ref.format(Granularity.DAY) + "T" + part, documentAnchor(ref));
            }
            return Resolved.of("XXXX-XX-XXT" + part, Anchor.UNRESOLVED);
        }
    }

    /** A season or quarter, of a written year or of the document's year: "summer 2014" (2014-SU), "the third quarter". */
    record YearPart(Integer year, int yearOffset, String code) implements Reading {
        @Override
        public Resolved resolve(Context ctx) {
            if (year != null) {
                return Resolved.of(year + "-" + code, Anchor.NONE);
            }
            if (ctx.documentYearKnown()) {
                int y = ctx.documentDate().date().getYear() + yearOffset;
                return Resolved.of(y + "-" + code, documentAnchor(ctx.documentDate()));
            }
            return Resolved.of("XXXX-" + code, Anchor.UNRESOLVED);
        }
    }

    /** A value that needs no anchoring: durations ("P2M"), sets ("P1Y"). */
    record Fixed(String value) implements Reading {
        @Override
        public Resolved resolve(Context ctx) {
            return Resolved.of(value, Anchor.NONE);
        }
    }

    private static Anchor documentAnchor(ReferenceDate ref) {
        return new Anchor(Anchor.Kind.DOCUMENT_DATE, ref.format(Granularity.DAY));
    }
}
