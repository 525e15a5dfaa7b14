package dev.journeymaps.app.stewardship;

import dev.journeymaps.domain.work.LinkedWork;
import dev.journeymaps.domain.work.StatusCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.journeymaps.domain.work.StatusCategory.DONE;
import static dev.journeymaps.domain.work.StatusCategory.IN_PROGRESS;
import static dev.journeymaps.domain.work.StatusCategory.TO_DO;
import static dev.journeymaps.domain.work.StatusCategory.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

class CachedLinkedWorkTest {

    @Test
    void allDoneIsDone() {
        assertThat(CachedLinkedWork.rollUp(List.of(DONE, DONE))).isEqualTo(new LinkedWork(2, 2, DONE));
    }

    @Test
    void someDoneOrAnyStartedIsInProgress() {
        assertThat(CachedLinkedWork.rollUp(List.of(DONE, TO_DO))).isEqualTo(new LinkedWork(2, 1, IN_PROGRESS));
        assertThat(CachedLinkedWork.rollUp(List.of(TO_DO, IN_PROGRESS))).isEqualTo(new LinkedWork(2, 0, IN_PROGRESS));
    }

    @Test
    void allToDoIsToDoAndAnUncachedIssueLeavesItUnknown() {
        assertThat(CachedLinkedWork.rollUp(List.of(TO_DO))).isEqualTo(new LinkedWork(1, 0, TO_DO));
        assertThat(CachedLinkedWork.rollUp(List.<StatusCategory>of(TO_DO, UNKNOWN))).isEqualTo(new LinkedWork(2, 0, UNKNOWN));
    }
}
