package dev.journeymaps.domain.history;

import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.Violations;
import java.time.Duration;
import java.time.Instant;

/**
 * How often a map is reviewed and when it last was. A map never reviewed counts from its creation. Past
 * its next review date a map is stale: it may no longer describe what customers experience.
 */
public record ReviewCadence(int intervalDays, Instant lastReviewedAt, String lastReviewedBy) {

    /** Quarterly, the guide's "reasonable starting point for active journeys". */
    public static final int DEFAULT_INTERVAL_DAYS = 90;
    public static final int MAX_INTERVAL_DAYS = 730;
    /** How long before its date a review shows as due soon, at most: a quarter of the interval, up to two weeks. */
    public static final int DUE_SOON_DAYS = 14;
    public static final ReviewCadence DEFAULT = new ReviewCadence(DEFAULT_INTERVAL_DAYS, null, "");

    public ReviewCadence {
        lastReviewedBy = Text.orEmpty(lastReviewedBy);
    }

    public static int validInterval(Integer days) {
        new Violations().check(days != null && days >= 1 && days <= MAX_INTERVAL_DAYS, "intervalDays",
                "The review interval is a number of days from 1 to " + MAX_INTERVAL_DAYS + " (90 is quarterly).").throwIfAny();
        return days;
    }

    public boolean wasReviewed() {
        return lastReviewedAt != null;
    }

    public ReviewCadence withInterval(int days) {
        return new ReviewCadence(days, lastReviewedAt, lastReviewedBy);
    }

    public ReviewCadence reviewed(Instant at, String by) {
        return new ReviewCadence(intervalDays, at, by);
    }

    /** The next review date: the last review (or the map's creation) plus the interval. */
    public Instant dueAt(Instant mapCreated) {
        Instant from = lastReviewedAt != null ? lastReviewedAt : mapCreated;
        return from.plus(Duration.ofDays(intervalDays));
    }

    public ReviewState state(Instant mapCreated, Instant now) {
        Instant due = dueAt(mapCreated);
        if (now.isAfter(due)) {
            return ReviewState.OVERDUE;
        }
        return now.isAfter(due.minus(dueSoonWindow())) ? ReviewState.DUE_SOON : ReviewState.CURRENT;
    }

    /**
     * How long before the date the review shows as due soon: a quarter of the interval, at most {@value #DUE_SOON_DAYS}
     * days — so a weekly map is not "due soon" the day after its review (the window is one day), a quarterly one two weeks ahead.
     */
    public Duration dueSoonWindow() {
        return Duration.ofHours(Math.min(DUE_SOON_DAYS * 24L, intervalDays * 24L / 4));
    }

    /**
     * Days from {@code now} to the due date, counting a started day as a day (due in 3 hours: 1, "due tomorrow" at
     * the latest; due now: 0); negative when overdue, by whole days.
     */
    public long daysUntilDue(Instant mapCreated, Instant now) {
        long hours = Duration.between(now, dueAt(mapCreated)).toHours();
        return hours > 0 ? Math.floorDiv(hours + 23, 24) : Math.floorDiv(hours, 24);
    }
}
