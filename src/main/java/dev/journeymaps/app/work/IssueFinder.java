package dev.journeymaps.app.work;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.board.CardEvidence;
import dev.journeymaps.app.board.MapAccess;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueSearchPage;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.app.work.tracker.IssueType;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.ValidationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Use cases around issues rather than maps: the issue picker (key, text or JQL, answered by Jira as the
 * user), and which pain points and opportunities an issue addresses (the issue view panel).
 */
public class IssueFinder {
    public static final int MAX_PICKER_RESULTS = 50;

    private final MapAccess access;
    private final AccessPolicy policy;
    private final IssueLinks links;
    private final IssueTrackers trackers;
    private final CardEvidence evidence;
    private final IssueStatusRefresher visibility;

    /** @param visibility confirms with Jira, as the user, that they may see the issue before anything about it is shown */
    public IssueFinder(MapRepository repository, AccessPolicy policy, IssueLinks links, IssueTrackers trackers,
                       CardEvidence evidence, IssueStatusRefresher visibility) {
        this.access = new MapAccess(repository, policy);
        this.policy = policy;
        this.links = links;
        this.trackers = trackers;
        this.evidence = evidence;
        this.visibility = visibility;
    }

    /** {@code typed} is what the user typed (a key or text); {@code jql} is raw JQL. Exactly one is needed. */
    public IssueSearchPage search(Actor actor, String typed, String jql, Integer limit) {
        boolean hasText = typed != null && !typed.isBlank();
        boolean hasJql = jql != null && !jql.isBlank();
        if (hasText == hasJql) {
            throw ValidationException.general("Search by \"q\" (an issue key or text) or by \"jql\", one of the two.");
        }
        int max = limit == null ? 20 : limit;
        if (max < 1 || max > MAX_PICKER_RESULTS) {
            throw ValidationException.field("limit", "Must be between 1 and " + MAX_PICKER_RESULTS + ".");
        }
        return trackers.of(actor).search(hasText ? IssueQuery.typed(typed) : IssueQuery.jql(jql), max);
    }

    /**
     * The issue types the user may create in the project, as Jira lists them, for the "Create in Jira" form. Creating
     * is an edit: a user who may browse the project but not edit it may create nothing here, and Jira is not asked;
     * neither is an answer of Jira's that the user may not create in (or see) the project an error — both are an
     * empty list, which the form shows as "you cannot create issues here". A project the user cannot browse is 404.
     */
    public List<IssueType> issueTypes(Actor actor, String projectKey) {
        String key = MapDetails.validProjectKey(projectKey);
        access.requireView(actor, key);
        if (!policy.canEdit(actor, key)) {
            return List.of();
        }
        try {
            return trackers.of(actor).issueTypes(key);
        } catch (IssueTrackerException refused) {
            if (refused.kind() == IssueTrackerException.Kind.FORBIDDEN || refused.kind() == IssueTrackerException.Kind.NOT_FOUND) {
                return List.of();
            }
            throw refused;
        }
    }

    /**
     * Whether the issue is linked to a card on a map the user may view: the issue panel's condition, so the panel
     * shows only where it has something to say. Reads the issue's links and each linking map's row, no board.
     */
    public boolean addressesCards(Actor actor, long issueId) {
        if (actor == null) {
            return false;
        }
        for (long mapId : links.ofIssue(issueId).stream().map(IssueLink::mapId).distinct().toList()) {
            try {
                access.viewableMap(actor, mapId);
                return true;
            } catch (NotFoundException hidden) {
                // a map the user may not view, or one deleted since: look further
            }
        }
        return false;
    }

    /**
     * The cards linked to the issue on maps the user may view (others are left out, as Jira leaves out what a
     * user may not browse). Loads each linking map once. An issue Jira has not confirmed for this user (hidden from
     * them, gone, or Jira cannot be asked) addresses nothing they are told about: the answer is the same as for an
     * issue no card links.
     */
    public List<AddressedCard> cardsAddressing(Actor actor, long issueId) {
        Map<Long, List<IssueLink>> byMap = new LinkedHashMap<>();
        links.ofIssue(issueId).forEach(link -> byMap.computeIfAbsent(link.mapId(), id -> new ArrayList<>()).add(link));
        if (byMap.isEmpty() || visibility.read(actor, List.of(issueId)).withheld().contains(issueId)) {
            return List.of();
        }
        List<AddressedCard> cards = new ArrayList<>();
        Map<Long, Integer> counts = evidence.countByCard(byMap.values().stream().flatMap(List::stream).map(IssueLink::cardId).toList());
        for (Map.Entry<Long, List<IssueLink>> entry : byMap.entrySet()) {
            MapBoard board;
            try {
                board = access.viewable(actor, entry.getKey());
            } catch (NotFoundException hidden) {
                continue;
            }
            for (IssueLink link : entry.getValue()) {
                board.card(link.cardId()).ifPresent(card -> cards.add(new AddressedCard(board.map().projectKey(),
                        board.map().id(), board.map().title(), card.id(), card.text(),
                        board.lane(card.laneId()).map(lane -> lane.kind()).orElse(null),
                        board.stage(card.stageId()).map(Stage::name).orElse(""), counts.getOrDefault(card.id(), 0),
                        board.map().archived())));
            }
        }
        return cards;
    }
}
