package dev.journeymaps.app.work;

import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.domain.work.ActionableCard;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.ValidationException;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The issues linked to a project's, a map's or a stage's cards: Jira's JQL functions {@code journeyIssues},
 * {@code painPointIssues} and {@code opportunityIssues}, and the same sets over REST and as "Open in Jira" links in
 * the standalone host. Only maps the actor may view count; which of the issues the actor may see is the host's to
 * decide ({@link #visible}, or Jira's own search around a JQL function).
 */
public class IssueSets {
    private final MapRepository repository;
    private final AccessPolicy policy;
    private final IssueLinks links;
    private final ActionableCards actionable;
    private final IssueTrackers trackers;

    public IssueSets(MapRepository repository, AccessPolicy policy, IssueLinks links, ActionableCards actionable,
                     IssueTrackers trackers) {
        this.repository = repository;
        this.policy = policy;
        this.links = links;
        this.actionable = actionable;
        this.trackers = trackers;
    }

    /** Which cards' issues: all pain points and opportunities, or one kind. */
    public enum Kind {
        JOURNEY, PAIN_POINTS, OPPORTUNITIES;

        boolean includes(ActionableCard card) {
            return this == JOURNEY || card.isPainPoint() == (this == PAIN_POINTS);
        }
    }

    /**
     * Ids of the issues linked to the scope's cards, ascending. {@code map} is a map id or title (case-insensitive),
     * {@code stage} a stage name of that map; both optional. An unknown or invisible project, map or stage is a
     * {@link ValidationException} naming it (an invisible one reads as unknown).
     */
    public LinkedIssueSet linked(Actor actor, Kind kind, String projectKey, String map, String stage) {
        String key = projectKey == null ? "" : projectKey.strip().toUpperCase(Locale.ROOT);
        if (key.isEmpty() || actor == null || !policy.canView(actor, key)) {
            throw ValidationException.field("project", "No project \"" + key + "\" with journey maps you can see.");
        }
        List<JourneyMap> all = repository.listMaps(key).stream().map(MapSummary::map).toList();
        // A named map is found even when archived; the whole project means its active maps only.
        List<JourneyMap> maps = all.stream().filter(m -> !m.archived()).toList();
        if (map != null && !map.isBlank()) {
            maps = List.of(oneMap(all, map.strip(), key));
        }
        Set<Long> cards = null;
        if (stage != null && !stage.isBlank()) {
            cards = cardsOfStage(maps.get(0), stage.strip());
        }
        Set<Long> mapIds = maps.stream().map(JourneyMap::id).collect(Collectors.toSet());
        Set<Long> ofKind = actionable.of(mapIds).stream().filter(kind::includes).map(ActionableCard::cardId)
                .collect(Collectors.toSet());
        Set<Long> inStage = cards;
        Set<Long> issues = new TreeSet<>();
        for (IssueLink link : links.ofMaps(mapIds)) {
            if (ofKind.contains(link.cardId()) && (inStage == null || inStage.contains(link.cardId()))) {
                issues.add(link.issueId());
            }
        }
        return new LinkedIssueSet(List.copyOf(issues));
    }

    /** {@link #linked}, less the issues the actor may not see in Jira (asked of Jira as the actor). */
    public LinkedIssueSet visible(Actor actor, Kind kind, String projectKey, String map, String stage) {
        LinkedIssueSet linked = linked(actor, kind, projectKey, map, stage);
        if (linked.isEmpty()) {
            return linked;
        }
        List<Long> asked = linked.issueIds().stream().filter(id -> id > 0).toList(); // not unresolved links (IssueLink)
        Set<Long> seen = (asked.isEmpty() ? List.<dev.journeymaps.domain.work.IssueSnapshot>of() : trackers.of(actor).fetch(asked))
                .stream().map(issue -> issue.id())
                .collect(Collectors.toCollection(TreeSet::new));
        return new LinkedIssueSet(List.copyOf(seen));
    }

    private static JourneyMap oneMap(Collection<JourneyMap> maps, String wanted, String projectKey) {
        List<JourneyMap> found = maps.stream().filter(m -> String.valueOf(m.id()).equals(wanted)
                || m.title().equalsIgnoreCase(wanted)).toList();
        if (found.isEmpty()) {
            throw ValidationException.field("map", "No journey map \"" + wanted + "\" in project " + projectKey + ".");
        }
        if (found.size() > 1) {
            throw ValidationException.field("map", "Several journey maps in " + projectKey + " are called \"" + wanted
                    + "\": use the map's id (" + found.stream().map(m -> String.valueOf(m.id())).collect(Collectors.joining(", ")) + ").");
        }
        return found.get(0);
    }

    private Set<Long> cardsOfStage(JourneyMap map, String stageName) {
        MapBoard board = repository.loadBoard(map.id()).orElseThrow(() -> ValidationException.field("map",
                "Journey map " + map.id() + " no longer exists."));
        Stage stage = board.stages().stream().filter(s -> s.name().equalsIgnoreCase(stageName)).findFirst()
                .orElseThrow(() -> ValidationException.field("stage", "No stage \"" + stageName + "\" on journey map \""
                        + map.title() + "\"."));
        return board.cards().stream().filter(card -> card.stageId() == stage.id()).map(card -> card.id())
                .collect(Collectors.toSet());
    }
}
