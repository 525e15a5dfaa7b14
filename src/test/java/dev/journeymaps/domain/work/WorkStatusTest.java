package dev.journeymaps.domain.work;

import dev.journeymaps.domain.board.LaneKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The action-status rules, with worked examples. */
class WorkStatusTest {
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T09:00:00Z");
    private static final long MAP = 1;
    private static final long DISCOVER = 10;
    private static final long BUY = 11;

    private static final ActionableCard SLOW_SIGNUP = new ActionableCard(MAP, 100, DISCOVER, LaneKind.PAIN_POINTS);
    private static final ActionableCard NO_PRICING = new ActionableCard(MAP, 101, DISCOVER, LaneKind.PAIN_POINTS);
    private static final ActionableCard SELF_SERVE = new ActionableCard(MAP, 102, BUY, LaneKind.OPPORTUNITIES);
    private static final ActionableCard INVOICES = new ActionableCard(MAP, 103, BUY, LaneKind.PAIN_POINTS);

    private static CachedIssue issue(long id, String type, StatusCategory category, Progress children, Instant doneSince) {
        return new CachedIssue(new IssueSnapshot(id, "SHOP-" + id, "Issue " + id, type, category.name(), category,
                "", MONDAY, children), doneSince);
    }

    private static CachedIssue story(long id, StatusCategory category) {
        return issue(id, "Story", category, Progress.NONE, category == StatusCategory.DONE ? MONDAY : null);
    }

    private static IssueLink link(ActionableCard card, long issueId) {
        return new IssueLink(MAP, card.cardId(), issueId, "SHOP-" + issueId, "alice", MONDAY);
    }

    @Test
    void anEpicWithThreeOfEightChildrenDoneCountsThreeOfEightAndIsInProgressEvenIfItsOwnStatusIsToDo() {
        CachedIssue epic = issue(1, "Epic", StatusCategory.TO_DO, new Progress(3, 8), null);

        CardStatus status = CardStatus.of(SLOW_SIGNUP, List.of(epic), Optional.empty());

        assertThat(status.progress()).isEqualTo(new Progress(3, 8));
        assertThat(status.state()).isEqualTo(ActionState.IN_PROGRESS);
    }

    @Test
    void aStoryCountsOneOfOneWhenDoneAndZeroOfOneOtherwise() {
        assertThat(story(1, StatusCategory.DONE).snapshot().progress()).isEqualTo(new Progress(1, 1));
        assertThat(story(2, StatusCategory.IN_PROGRESS).snapshot().progress()).isEqualTo(new Progress(0, 1));
        assertThat(story(3, StatusCategory.TO_DO).snapshot().progress()).isEqualTo(new Progress(0, 1));
    }

    @Test
    void aCardWithoutLinksHasNoAction() {
        CardStatus status = CardStatus.of(NO_PRICING, List.of(), Optional.of(MONDAY));

        assertThat(status.state()).isEqualTo(ActionState.NO_ACTION);
        assertThat(status.progress()).isEqualTo(Progress.NONE);
    }

    @Test
    void allLinkedWorkToDoIsPlannedAndAnyStartedWorkIsInProgress() {
        assertThat(CardStatus.of(SLOW_SIGNUP, List.of(story(1, StatusCategory.TO_DO), story(2, StatusCategory.UNKNOWN)),
                Optional.empty()).state()).isEqualTo(ActionState.PLANNED);
        assertThat(CardStatus.of(SLOW_SIGNUP, List.of(story(1, StatusCategory.TO_DO), story(2, StatusCategory.DONE)),
                Optional.empty()).state()).isEqualTo(ActionState.IN_PROGRESS);
        assertThat(CardStatus.of(SLOW_SIGNUP, List.of(story(1, StatusCategory.TO_DO), story(2, StatusCategory.IN_PROGRESS)),
                Optional.empty()).state()).isEqualTo(ActionState.IN_PROGRESS);
    }

    @Test
    void workDoneWithoutNewerEvidenceAsksToVerifyTheFix() {
        CachedIssue doneMonday = issue(1, "Story", StatusCategory.DONE, Progress.NONE, MONDAY);
        CachedIssue doneWednesday = issue(2, "Story", StatusCategory.DONE, Progress.NONE, WEDNESDAY);

        // no evidence at all
        assertThat(CardStatus.of(SLOW_SIGNUP, List.of(doneMonday), Optional.empty()).state()).isEqualTo(ActionState.VERIFY_THE_FIX);
        // evidence from before the work was done does not count
        assertThat(CardStatus.of(SLOW_SIGNUP, List.of(doneMonday), Optional.of(MONDAY.minusSeconds(60))).state())
                .isEqualTo(ActionState.VERIFY_THE_FIX);
        // evidence gathered after the work was done confirms it
        assertThat(CardStatus.of(SLOW_SIGNUP, List.of(doneMonday), Optional.of(TUESDAY)).state()).isEqualTo(ActionState.DONE);
        // with two issues, the work is done when the LAST one is: Tuesday's evidence predates Wednesday
        CardStatus both = CardStatus.of(SLOW_SIGNUP, List.of(doneMonday, doneWednesday), Optional.of(TUESDAY));
        assertThat(both.state()).isEqualTo(ActionState.VERIFY_THE_FIX);
        assertThat(both.workDoneAt()).isEqualTo(WEDNESDAY);
    }

    @Test
    void aDoneEpicIsDoneWorkEvenWithOpenChildrenAndCountsItsChildren() {
        CachedIssue epic = issue(1, "Epic", StatusCategory.DONE, new Progress(7, 8), MONDAY);

        CardStatus status = CardStatus.of(SLOW_SIGNUP, List.of(epic), Optional.of(TUESDAY));

        assertThat(status.state()).isEqualTo(ActionState.DONE);
        assertThat(status.progress()).isEqualTo(new Progress(7, 8));
    }

    @Test
    void stagesAndTheMapRollUpTheirCards() {
        // Discover: slow signup -> epic 3/8 + story done (4/9, in progress); no pricing -> nothing.
        // Buy: self-serve (opportunity) -> story done, no evidence (verify); invoices -> story to do (planned).
        Map<Long, CachedIssue> cache = Map.of(
                1L, issue(1, "Epic", StatusCategory.IN_PROGRESS, new Progress(3, 8), null),
                2L, story(2, StatusCategory.DONE),
                3L, story(3, StatusCategory.DONE),
                4L, story(4, StatusCategory.TO_DO));
        List<IssueLink> links = List.of(link(SLOW_SIGNUP, 1), link(SLOW_SIGNUP, 2), link(SELF_SERVE, 3), link(INVOICES, 4),
                new IssueLink(MAP, 999, 4, "SHOP-4", "alice", MONDAY)); // a card no longer on the map

        WorkStatus status = WorkStatus.of(List.of(SLOW_SIGNUP, NO_PRICING, SELF_SERVE, INVOICES), List.of(DISCOVER, BUY),
                links, cache, Map.of());

        assertThat(status.cards()).extracting(CardStatus::state).containsExactly(ActionState.IN_PROGRESS,
                ActionState.NO_ACTION, ActionState.VERIFY_THE_FIX, ActionState.PLANNED);
        assertThat(status.cards().get(0).progress()).isEqualTo(new Progress(4, 9));
        assertThat(status.stages()).containsExactly(
                new StageRollup(DISCOVER, 2, 1, 0, new Progress(4, 9)),
                new StageRollup(BUY, 2, 2, 1, new Progress(1, 2)));
        MapRollup map = status.map();
        assertThat(map.painPoints()).isEqualTo(3);
        assertThat(map.painPointsWithWork()).isEqualTo(2);
        assertThat(map.coverage()).isEqualTo(2.0 / 3);
        assertThat(map.progress()).isEqualTo(new Progress(5, 11));
        assertThat(map).extracting(MapRollup::unlinked, MapRollup::planned, MapRollup::inProgress, MapRollup::done,
                MapRollup::verifyTheFix).containsExactly(1, 1, 1, 1, 1);
        assertThat(status.links()).doesNotContainKey(999L);
    }

    @Test
    void aLinkedIssueTheCacheHasNeverSeenCountsAsPlannedWork() {
        WorkStatus status = WorkStatus.of(List.of(SLOW_SIGNUP), List.of(DISCOVER), List.of(link(SLOW_SIGNUP, 42)), Map.of(), Map.of());

        assertThat(status.cards().get(0).state()).isEqualTo(ActionState.PLANNED);
        assertThat(status.issues().get(42L).snapshot().key()).isEqualTo("SHOP-42");
        assertThat(status.issues().get(42L).snapshot().statusCategory()).isEqualTo(StatusCategory.UNKNOWN);
    }

    @Test
    void aLinkedIssueJiraSaysIsGoneIsShownButCountsAsNoWork() {
        Map<Long, CachedIssue> cache = Map.of(1L, story(1, StatusCategory.IN_PROGRESS));
        List<IssueLink> links = List.of(link(SLOW_SIGNUP, 1), link(SLOW_SIGNUP, 2), link(INVOICES, 3));

        WorkStatus status = WorkStatus.of(List.of(SLOW_SIGNUP, INVOICES), List.of(DISCOVER, BUY), links, cache, Map.of(),
                Map.of(2L, IssueAbsence.DELETED, 3L, IssueAbsence.DELETED_OR_HIDDEN));

        assertThat(status.cards().get(0).progress()).isEqualTo(new Progress(0, 1));
        assertThat(status.cards().get(0).linkedIssues()).isEqualTo(1);
        assertThat(status.cards().get(1).state()).as("its only issue is gone: no work, not planned work").isEqualTo(ActionState.NO_ACTION);
        assertThat(status.links().get(INVOICES.cardId())).as("the link stays, to be removed").hasSize(1);
        assertThat(status.absent()).containsOnlyKeys(2L, 3L);
        assertThat(status.map()).extracting(MapRollup::planned, MapRollup::inProgress, MapRollup::unlinked,
                MapRollup::painPointsWithWork).containsExactly(0, 1, 1, 1);
        assertThat(status.map().progress()).isEqualTo(new Progress(0, 1));
    }

    @Test
    void theCacheKeepsTheFirstDateAnIssueWasSeenDoneAndForgetsItWhenReopened() {
        IssueSnapshot doneMonday = new IssueSnapshot(1, "SHOP-1", "", "Story", "Done", StatusCategory.DONE, "", MONDAY);
        IssueSnapshot stillDoneWednesday = new IssueSnapshot(1, "SHOP-1", "", "Story", "Done", StatusCategory.DONE, "", WEDNESDAY);
        IssueSnapshot reopened = new IssueSnapshot(1, "SHOP-1", "", "Story", "Reopened", StatusCategory.TO_DO, "", WEDNESDAY);

        CachedIssue first = CachedIssue.seen(doneMonday, null);
        assertThat(first.doneSince()).isEqualTo(MONDAY);
        assertThat(CachedIssue.seen(stillDoneWednesday, first).doneSince()).isEqualTo(MONDAY);
        assertThat(CachedIssue.seen(reopened, first).doneSince()).isNull();
    }
}
