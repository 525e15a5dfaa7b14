package dev.journeymaps.app.history;

import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.PermissionDeniedException;
import dev.journeymaps.app.StewardshipFixture;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.history.MapReview;
import dev.journeymaps.domain.history.ReviewState;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static dev.journeymaps.app.StewardshipFixture.ALICE;
import static dev.journeymaps.app.StewardshipFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Review cadence with a clock the test controls: maps go stale after their interval and come back when reviewed. */
class MapReviewsTest {
    @TempDir
    Path dataDir;
    private StewardshipFixture app;

    @BeforeEach
    void open() {
        app = new StewardshipFixture(dataDir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aMapTurnsStaleAfterItsIntervalAndAppearsInTheDueForReviewList() {
        String project = StewardshipFixture.newProject();
        MapBoard map = app.newMap(project, "Checkout");
        app.newMap(project, "Onboarding");

        app.clock.advance(Duration.ofDays(60));
        assertThat(app.reviews.review(ALICE, map.map().id()).state()).isEqualTo(ReviewState.CURRENT);
        assertThat(app.reviews.dueForReview(ALICE, project)).isEmpty();

        app.clock.advance(Duration.ofDays(20)); // day 80: within two weeks of day 90
        assertThat(app.reviews.dueForReview(ALICE, project)).extracting(r -> r.state()).containsOnly(ReviewState.DUE_SOON);

        app.clock.advance(Duration.ofDays(11)); // day 91
        MapReview review = app.reviews.review(ALICE, map.map().id());
        assertThat(review.isStale()).isTrue();
        assertThat(review.dueAt()).isEqualTo(T0.plus(Duration.ofDays(90)));
        assertThat(review.daysUntilDue()).isEqualTo(-1);
        assertThat(app.reviews.dueForReview(ALICE, project)).extracting(r -> r.map().title())
                .containsExactlyInAnyOrder("Checkout", "Onboarding");
    }

    @Test
    void markingAMapReviewedRecordsWhoAndWhenTakesASnapshotAndTakesItOffTheList() {
        String project = StewardshipFixture.newProject();
        MapBoard map = app.withPainPoints(app.newMap(project, "Checkout"), "Coupon rejected");
        app.clock.advance(Duration.ofDays(100));
        assertThat(app.reviews.dueForReview(ALICE, project)).hasSize(1);

        Reviewed reviewed = app.reviews.markReviewed(ALICE, map.map().id(), map.version(), "Q1 review");

        assertThat(reviewed.review().isStale()).isFalse();
        assertThat(reviewed.review().cadence().lastReviewedAt()).isEqualTo(T0.plus(Duration.ofDays(100)));
        assertThat(reviewed.review().cadence().lastReviewedBy()).isEqualTo("alice");
        assertThat(reviewed.review().dueAt()).isEqualTo(T0.plus(Duration.ofDays(190)));
        assertThat(app.reviews.dueForReview(ALICE, project)).isEmpty();
        Snapshot snapshot = app.history.snapshot(ALICE, map.map().id(), reviewed.snapshot().id());
        assertThat(snapshot.label()).isEqualTo("Q1 review");
        assertThat(snapshot.mapVersion()).isEqualTo(map.version());
        assertThat(StewardshipFixture.texts(snapshot.content().cards())).containsExactly("Coupon rejected");
        assertThat(app.board(map.map().id()).version()).as("a review is a versioned change").isEqualTo(map.version() + 1);
    }

    @Test
    void aShorterIntervalMakesAMapDueSoonerAndBadIntervalsChangeNothing() {
        String project = StewardshipFixture.newProject();
        MapBoard map = app.newMap(project, "Checkout");

        app.reviews.setInterval(ALICE, map.map().id(), map.version(), 30);
        app.clock.advance(Duration.ofDays(31));
        assertThat(app.reviews.review(ALICE, map.map().id()).isStale()).isTrue();

        long version = app.board(map.map().id()).version();
        assertThatThrownBy(() -> app.reviews.setInterval(ALICE, map.map().id(), version, 0)).isInstanceOf(ValidationException.class);
        assertThat(app.reviews.review(ALICE, map.map().id()).cadence().intervalDays()).isEqualTo(30);
        assertThat(app.board(map.map().id()).version()).isEqualTo(version);
    }

    @Test
    void reviewingAMapNeedsEditPermissionAndTheCurrentVersion() {
        MapBoard map = app.newMap(StewardshipFixture.newProject(), "Checkout");

        assertThatThrownBy(() -> app.reviews.markReviewed(ALICE, map.map().id(), map.version() + 5, ""))
                .isInstanceOf(ConflictException.class);
        app.policy.edit = false;
        assertThatThrownBy(() -> app.reviews.markReviewed(ALICE, map.map().id(), map.version(), ""))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(app.reviews.review(ALICE, map.map().id()).cadence().wasReviewed()).isFalse();
    }
}
