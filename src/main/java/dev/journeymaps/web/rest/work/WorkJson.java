package dev.journeymaps.web.rest.work;

import dev.journeymaps.web.rest.IsoDates;
import dev.journeymaps.app.work.AddressedCard;
import dev.journeymaps.app.work.Freshness;
import dev.journeymaps.app.work.tracker.IssueSearchPage;
import dev.journeymaps.app.work.LinkResult;
import dev.journeymaps.app.work.MapWork;
import dev.journeymaps.app.work.MapWorkSummary;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.CardStatus;
import dev.journeymaps.domain.work.IssueAbsence;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.MapRollup;
import dev.journeymaps.domain.work.StageRollup;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.domain.work.WorkStatus;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** JSON shapes of the linked-work endpoints. Field names are the API contract; keep them stable. */
final class WorkJson {
    private WorkJson() {
    }

    record ProgressJson(int done, int total) {
        static ProgressJson of(dev.journeymaps.domain.work.Progress progress) {
            return new ProgressJson(progress.done(), progress.total());
        }
    }

    /**
     * An issue as we last saw it. {@code known} is false for a linked issue we may not show this user; then
     * {@code withheld} is true and key, summary and status are empty: Jira hides it from them, it is gone, or Jira could
     * not be asked to confirm it for them ("hidden or unavailable"). {@code absent} says what Jira answered when it was
     * asked: {@code "deleted"} (only Jira itself can tell; the old key is kept) or {@code "deleted-or-hidden"}; such an
     * issue is no longer work (progress 0/0) and counts in no roll-up. Null otherwise.
     */
    record IssueJson(long id, String key, String summary, String issueType, String statusName, String statusCategory,
                     String assignee, ProgressJson progress, String fetchedAt, String doneSince, boolean known,
                     boolean withheld, String absent) {
        static IssueJson of(CachedIssue cached) {
            return of(cached, null);
        }

        static IssueJson of(CachedIssue cached, IssueAbsence absence) {
            IssueSnapshot issue = cached.snapshot();
            boolean known = !Instant.EPOCH.equals(issue.fetchedAt());
            return new IssueJson(issue.id(), issue.key(), issue.summary(), issue.issueType(), issue.statusName(),
                    category(issue.statusCategory()), issue.assignee(),
                    absence == null ? ProgressJson.of(issue.progress()) : new ProgressJson(0, 0),
                    known ? IsoDates.of(issue.fetchedAt()) : null, IsoDates.of(cached.doneSince()), known,
                    !known && (issue.key().isEmpty() || absence != null), absence == null ? null : absence.key());
        }

        static IssueJson of(IssueSnapshot issue) {
            return of(new CachedIssue(issue, null));
        }
    }

    /** A card's link: who linked which issue when, and the issue as the cache knows it. */
    record LinkJson(long cardId, long issueId, String issueKey, String linkedBy, String linkedAt, IssueJson issue) {
        static LinkJson of(IssueLink link, CachedIssue issue) {
            return of(link, issue, null);
        }

        static LinkJson of(IssueLink link, CachedIssue issue, IssueAbsence absence) {
            return new LinkJson(link.cardId(), link.issueId(), issue.snapshot().key().isEmpty() ? link.issueKey() : issue.snapshot().key(),
                    link.createdBy(), IsoDates.of(link.createdAt()), IssueJson.of(issue, absence));
        }
    }

    record CardJson(long cardId, long stageId, String kind, String state, ProgressJson progress, String workDoneAt,
                    List<LinkJson> links) {
    }

    record StageJson(long stageId, int actionableCards, int cardsWithWork, int cardsDone, ProgressJson progress) {
        static StageJson of(StageRollup stage) {
            return new StageJson(stage.stageId(), stage.actionableCards(), stage.cardsWithWork(), stage.cardsDone(),
                    ProgressJson.of(stage.progress()));
        }
    }

    record RollupJson(int painPoints, int painPointsWithWork, double coverage, int actionableCards, int unlinked,
                      int planned, int inProgress, int done, int verifyTheFix, ProgressJson progress, double shareDone) {
        static RollupJson of(MapRollup map) {
            return new RollupJson(map.painPoints(), map.painPointsWithWork(), map.coverage(), map.actionableCards(),
                    map.unlinked(), map.planned(), map.inProgress(), map.done(), map.verifyTheFix(),
                    ProgressJson.of(map.progress()), map.shareDone());
        }
    }

    /** The whole status of a map, with the freshness warning flags at the top level. */
    record MapStatusJson(long mapId, long version, String asOf, boolean stale, boolean jiraUnavailable, String problem,
                         RollupJson map, List<StageJson> stages, List<CardJson> cards) {
        static MapStatusJson of(MapWork work) {
            WorkStatus status = work.status();
            Freshness fresh = work.freshness();
            List<CardJson> cards = status.cards().stream().map(card -> card(card, status)).toList();
            return new MapStatusJson(work.board().map().id(), work.board().version(), IsoDates.of(fresh.asOf()), fresh.stale(),
                    fresh.jiraUnavailable(), fresh.problem(), RollupJson.of(status.map()),
                    status.stages().stream().map(StageJson::of).toList(), cards);
        }

        private static CardJson card(CardStatus card, WorkStatus status) {
            List<LinkJson> links = status.links().getOrDefault(card.cardId(), List.of()).stream()
                    .map(link -> LinkJson.of(link, status.issues().get(link.issueId()), status.absent().get(link.issueId()))).toList();
            return new CardJson(card.cardId(), card.card().stageId(), card.card().kind().key(), card.state().key(),
                    ProgressJson.of(card.progress()), IsoDates.of(card.workDoneAt()), links);
        }
    }

    record MapRollupRow(long mapId, RollupJson work) {
        static MapRollupRow of(MapWorkSummary summary) {
            return new MapRollupRow(summary.mapId(), RollupJson.of(summary.rollup()));
        }
    }

    record ProjectStatusJson(String projectKey, String asOf, boolean stale, boolean jiraUnavailable, String problem,
                             List<MapRollupRow> maps) {
    }

    /** Answer to a link or create: the link, and the map's version afterwards. */
    record LinkResultJson(LinkJson link, long version, boolean created) {
        static LinkResultJson of(LinkResult result) {
            return new LinkResultJson(LinkJson.of(result.link(), result.issue()), result.version(), result.created());
        }
    }

    record SearchJson(List<IssueJson> issues, boolean more) {
        static SearchJson of(IssueSearchPage page) {
            return new SearchJson(page.issues().stream().map(IssueJson::of).toList(), page.more());
        }
    }

    record AddressedCardJson(String projectKey, long mapId, String mapTitle, long cardId, String text, String kind,
                             String stageName, int evidenceCount, boolean mapArchived) {
        static AddressedCardJson of(AddressedCard card) {
            return new AddressedCardJson(card.projectKey(), card.mapId(), card.mapTitle(), card.cardId(), card.cardText(),
                    card.kind() == null ? "" : card.kind().key(), card.stageName(), card.evidenceCount(), card.mapArchived());
        }
    }

    static String category(StatusCategory category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
