package dev.journeymaps.domain.history;

import dev.journeymaps.domain.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewCadenceTest {
    private static final Instant CREATED = Instant.parse("2026-01-01T09:00:00Z");

    private static Instant day(int days) {
        return CREATED.plus(Duration.ofDays(days));
    }

    @Test
    void aNeverReviewedMapIsDueAQuarterAfterItWasCreated() {
        ReviewCadence cadence = ReviewCadence.DEFAULT;

        assertThat(cadence.dueAt(CREATED)).isEqualTo(day(90));
        assertThat(cadence.state(CREATED, day(10))).isEqualTo(ReviewState.CURRENT);
        assertThat(cadence.state(CREATED, day(80))).isEqualTo(ReviewState.DUE_SOON);
        assertThat(cadence.state(CREATED, day(90))).isEqualTo(ReviewState.DUE_SOON);
        assertThat(cadence.state(CREATED, day(90).plusSeconds(1))).isEqualTo(ReviewState.OVERDUE);
        assertThat(cadence.daysUntilDue(CREATED, day(100))).isEqualTo(-10);
    }

    @Test
    void aReviewRestartsTheIntervalFromTheReview() {
        ReviewCadence reviewed = ReviewCadence.DEFAULT.withInterval(30).reviewed(day(95), "alice");

        assertThat(reviewed.dueAt(CREATED)).isEqualTo(day(125));
        assertThat(reviewed.state(CREATED, day(96))).isEqualTo(ReviewState.CURRENT);
        assertThat(reviewed.lastReviewedBy()).isEqualTo("alice");
    }

    @Test
    void intervalsAreOneDayToTwoYears() {
        assertThat(ReviewCadence.validInterval(1)).isEqualTo(1);
        assertThat(ReviewCadence.validInterval(730)).isEqualTo(730);
        assertThatThrownBy(() -> ReviewCadence.validInterval(0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ReviewCadence.validInterval(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theDueSoonWindowIsAQuarterOfTheIntervalAtMostTwoWeeks() {
        ReviewCadence weekly = ReviewCadence.DEFAULT.withInterval(7).reviewed(day(0), "alice");
        assertThat(weekly.dueSoonWindow()).isEqualTo(Duration.ofHours(42));
        assertThat(weekly.state(CREATED, day(1))).as("the day after its review").isEqualTo(ReviewState.CURRENT);
        assertThat(weekly.state(CREATED, day(6))).isEqualTo(ReviewState.DUE_SOON);
        assertThat(ReviewCadence.DEFAULT.withInterval(1).reviewed(day(0), "alice").state(CREATED, day(0).plusSeconds(3600)))
                .isEqualTo(ReviewState.CURRENT);
        assertThat(ReviewCadence.DEFAULT.dueSoonWindow()).isEqualTo(Duration.ofDays(14));
        assertThat(ReviewCadence.DEFAULT.withInterval(365).dueSoonWindow()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void aDayThatHasStartedCountsSoTomorrowIsOneDayAway() {
        ReviewCadence daily = ReviewCadence.DEFAULT.withInterval(1).reviewed(day(0), "alice");
        assertThat(daily.daysUntilDue(CREATED, day(0).plusSeconds(3600))).as("due in 23 hours").isEqualTo(1);
        assertThat(daily.daysUntilDue(CREATED, day(1))).as("due now").isZero();
        assertThat(daily.daysUntilDue(CREATED, day(3))).isEqualTo(-2);
        assertThat(ReviewCadence.DEFAULT.daysUntilDue(CREATED, day(80))).isEqualTo(10);
    }
}
