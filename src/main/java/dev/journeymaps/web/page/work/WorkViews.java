package dev.journeymaps.web.page.work;

import dev.journeymaps.web.Formats;
import dev.journeymaps.app.work.Freshness;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.CardStatus;
import dev.journeymaps.domain.work.IssueAbsence;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.work.MapRollup;
import dev.journeymaps.domain.work.Progress;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.work.StageRollup;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.domain.work.WorkStatus;
import dev.journeymaps.app.work.Freshness;
import dev.journeymaps.app.work.LinkedIssueSet;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.CardStatus;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.work.MapRollup;
import dev.journeymaps.domain.work.Progress;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.work.StageRollup;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.domain.work.WorkStatus;
import dev.journeymaps.web.IssueUrls;
import dev.journeymaps.web.Messages;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Turns the live status of linked work into the card, stage and map views the map page draws. */
public final class WorkViews {
    // Jira's default "complete" date-time format, as the map list uses.

    private final Messages messages;
    private final Formats formats;
    // Texts many cards share ("3 of 8 done", "In progress"), formatted once per distinct value: one instance per render.
    private final Map<String, String> texts = new java.util.HashMap<>();
    private final Map<List<Integer>, String> progressLabels = new java.util.HashMap<>();
    private final Map<String, String> cardProgressAria = new java.util.HashMap<>();

    public WorkViews(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** The work of every pain point and opportunity, by card id. */
    public Map<Long, CardWork> cards(WorkStatus status, IssueUrls issueUrls) {
        return status.cards().stream().collect(Collectors.toMap(CardStatus::cardId, card -> card(card, status, issueUrls),
                (a, b) -> a, LinkedHashMap::new));
    }

    public MapWorkView map(MapBoard board, WorkStatus status, Freshness freshness, WorkFilter filter, String mapUrl, IssueUrls issueUrls) {
        MapRollup rollup = status.map();
        int coverage = percent(rollup.coverage());
        int done = percent(rollup.shareDone());
        Map<Long, String> names = board.stages().stream().collect(Collectors.toMap(Stage::id, Stage::name));
        List<StageWork> stages = status.stages().stream().map(stage -> stage(stage, names.getOrDefault(stage.stageId(), ""),
                jiraUrl(status, card -> card.card().stageId() == stage.stageId(), issueUrls))).toList();
        List<FilterLink> filters = Arrays.stream(WorkFilter.values()).map(f -> new FilterLink(f.key(),
                messages.getText("journeymaps.work.filter." + f.key()),
                f == WorkFilter.ALL ? mapUrl : mapUrl + "?work=" + f.key(), f == filter)).toList();
        return new MapWorkView(coverage,
                messages.getText("journeymaps.work.coverage.label", rollup.painPointsWithWork(), rollup.painPoints()),
                done, messages.getText("journeymaps.work.done.label", rollup.progress().done(), rollup.progress().total()),
                warning(freshness), stages, filters, filter != WorkFilter.ALL, matchLabel(status, filter),
                jiraUrl(status, card -> true, issueUrls));
    }

    /** "2 of 9 pain points and opportunities match": said next to the filter, so a dimmed board is explained. */
    private String matchLabel(WorkStatus status, WorkFilter filter) {
        if (filter == WorkFilter.ALL) {
            return "";
        }
        long matching = status.cards().stream().filter(card -> filter.shows(card.state())).count();
        return messages.getText("journeymaps.work.filter.matches", matching, status.cards().size());
    }

    /** One map list row's work: "3 of 5 pain points with work, 40% done". */
    public String rowLabel(MapRollup rollup) {
        return messages.getText("journeymaps.work.row", rollup.painPointsWithWork(), rollup.painPoints(), percent(rollup.shareDone()));
    }

    /** The AUI warning's text when the status shown may be out of date; "" when it is current. */
    String warning(Freshness freshness) {
        String asOf = formats.dateTime(freshness.asOf());
        if (freshness.jiraUnavailable()) {
            return messages.getText("journeymaps.work.warning.unavailable", asOf);
        }
        return freshness.stale() ? messages.getText("journeymaps.work.warning.stale", asOf) : "";
    }

    private CardWork card(CardStatus card, WorkStatus status, IssueUrls issueUrls) {
        List<IssueLozenge> issues = status.links().getOrDefault(card.cardId(), List.of()).stream()
                .map(link -> status.absent().containsKey(link.issueId()) ? absent(link, status.absent().get(link.issueId()))
                        : lozenge(link, status.issues().get(link.issueId()), issueUrls)).toList();
        Progress progress = card.progress();
        String progressLabel = progressLabel(progress);
        return new CardWork(card.state(), text("journeymaps.work.state." + card.state().key()), issues,
                progress.done(), progress.total(), percent(progress.ratio()), progressLabel,
                cardProgressAria.computeIfAbsent(progressLabel, label -> messages.getText("journeymaps.work.progress.card", label)),
                jiraUrl(status, List.of(card), issueUrls));
    }

    /**
     * "Open in Jira" for the cards that match: {@code id in (…)} over their linked issues that Jira has answered for
     * (an id Jira never showed this host may be one the user cannot see, and Data Center refuses the whole search
     * then); "" without a Jira or without such issues.
     */
    private static String jiraUrl(WorkStatus status, Predicate<CardStatus> cards, IssueUrls issueUrls) {
        return jiraUrl(status, status.cards().stream().filter(cards).toList(), issueUrls);
    }

    /** As above for the given cards: one card's own link is looked up by its id, never by scanning every card. */
    private static String jiraUrl(WorkStatus status, List<CardStatus> cards, IssueUrls issueUrls) {
        List<Long> ids = cards.stream()
                .flatMap(card -> status.links().getOrDefault(card.cardId(), List.of()).stream())
                .map(IssueLink::issueId)
                .filter(id -> status.issues().get(id) != null && !Instant.EPOCH.equals(status.issues().get(id).snapshot().fetchedAt()))
                .distinct().sorted().toList();
        return issueUrls.search(new LinkedIssueSet(ids).jql());
    }

    private IssueLozenge lozenge(IssueLink link, CachedIssue cached, IssueUrls issueUrls) {
        IssueSnapshot issue = cached.snapshot();
        String key = issue.key().isEmpty() ? link.issueKey() : issue.key();
        if (key.isEmpty()) {
            // Jira has not confirmed this issue for the user: nothing about it is shown, not even its key.
            return new IssueLozenge(link.issueId(), messages.getText("journeymaps.work.issue.withheld"), "", "",
                    messages.getText("journeymaps.work.status.unknown"), "unknown", lozengeClass(StatusCategory.UNKNOWN));
        }
        StatusCategory category = issue.statusCategory();
        String statusName = issue.statusName().isEmpty() ? messages.getText("journeymaps.work.status.unknown") : issue.statusName();
        return new IssueLozenge(link.issueId(), key, issueUrls.browse(key), issue.summary(), statusName,
                category.name().toLowerCase(Locale.ROOT).replace('_', '-'), lozengeClass(category));
    }

    /**
     * A linked issue Jira says is gone for this user: "Deleted in Jira" (with its old key, when Jira itself could tell) or
     * "Deleted in Jira or hidden from you"; it counts as no work, and the side panel still offers to unlink it.
     */
    private IssueLozenge absent(IssueLink link, IssueAbsence absence) {
        if (link.isUnresolved()) {
            return new IssueLozenge(link.issueId(), link.issueKey(), "", messages.getText("journeymaps.work.issue.unresolved.title"),
                    messages.getText("journeymaps.work.issue.unresolved", link.issueKey()), "unresolved", "aui-lozenge-removed");
        }
        String state = messages.getText("journeymaps.work.issue.absent." + absence.key());
        String key = absence == IssueAbsence.DELETED && !link.issueKey().isEmpty() ? link.issueKey()
                : messages.getText("journeymaps.work.issue.absent.key");
        return new IssueLozenge(link.issueId(), key, "", messages.getText("journeymaps.work.issue.absent.title"), state,
                absence.key(), "aui-lozenge-removed");
    }

    /** Jira's colours: To Do grey (the default lozenge), In Progress blue, Done green. */
    static String lozengeClass(StatusCategory category) {
        return switch (category) {
            case IN_PROGRESS -> "aui-lozenge-current";
            case DONE -> "aui-lozenge-success";
            case TO_DO, UNKNOWN -> "";
        };
    }

    private StageWork stage(StageRollup stage, String name, String jiraUrl) {
        Progress progress = stage.progress();
        String label = stage.actionableCards() == 0 ? messages.getText("journeymaps.work.stage.empty")
                : messages.getText("journeymaps.work.stage.label", stage.cardsWithWork(), stage.actionableCards(), stage.cardsDone());
        return new StageWork(stage.stageId(), name, label,
                progress.done(), progress.total(), percent(progress.ratio()), progressLabel(progress),
                messages.getText("journeymaps.work.progress.stage", name, progressLabel(progress)), jiraUrl);
    }

    private String progressLabel(Progress progress) {
        return progressLabels.computeIfAbsent(List.of(progress.done(), progress.total()),
                pair -> messages.getText("journeymaps.work.progress", progress.done(), progress.total()));
    }

    private String text(String key) {
        return texts.computeIfAbsent(key, messages::getText);
    }

    private static int percent(double ratio) {
        return (int) Math.round(ratio * 100);
    }
}
