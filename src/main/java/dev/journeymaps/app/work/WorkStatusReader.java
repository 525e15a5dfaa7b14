package dev.journeymaps.app.work;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.CardEvidence;
import dev.journeymaps.app.board.MapAccess;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.work.ActionableCard;
import dev.journeymaps.domain.work.IssueAbsence;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.LinkedWork;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.work.MapRollup;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.work.WorkStatus;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Use cases that show the live action status of linked work: on one map (cards, stages, map) and for every
 * map of a project. Each reads a fixed number of queries and makes at most one batched Jira call.
 */
public class WorkStatusReader {
    private final MapRepository repository;
    private final MapAccess access;
    private final IssueLinks links;
    private final ActionableCards actionableCards;
    private final CardEvidence evidence;
    private final IssueStatusRefresher refresher;
    private final MapReads reads = new MapReads();

    public WorkStatusReader(MapRepository repository, AccessPolicy policy, IssueLinks links, ActionableCards actionableCards,
                            CardEvidence evidence, IssueStatusRefresher refresher) {
        this.repository = repository;
        this.access = new MapAccess(repository, policy);
        this.links = links;
        this.actionableCards = actionableCards;
        this.evidence = evidence;
        this.refresher = refresher;
    }

    /**
     * The map's board and the live status of its work as this user may see it. The map's header is read (and the
     * permission checked) on every call; its other rows are read again only when the header changed ({@link MapReads}).
     */
    public MapWork mapStatus(Actor actor, long mapId) {
        MapReads.Snapshot rows = reads.of(access.viewableMap(actor, mapId), () -> {
            MapBoard board = access.viewable(actor, mapId);
            return new MapReads.Snapshot(board, links.ofMap(mapId), evidence.latestByCard(List.of(mapId)));
        });
        IssueStatusRefresher.Refreshed issues = refresher.readMap(actor, mapId, rows.issueIds());
        return rows.work(issues, () -> work(rows, issues));
    }

    private static MapWork work(MapReads.Snapshot rows, IssueStatusRefresher.Refreshed issues) {
        MapBoard board = rows.board();
        WorkStatus status = WorkStatus.of(ActionableCard.of(board), board.stages().stream().map(Stage::id).toList(),
                withheldKeys(rows.links(), issues), issues.issues(), rows.latestEvidence(), issues.absent());
        List<IssueLink> onBoard = rows.links().stream().filter(link -> board.card(link.cardId()).isPresent()).toList();
        return new MapWork(board, status, issues.freshness(), LinkedWork.byCard(onBoard, issues.cached()));
    }

    /** The work roll-up of every map of a project, newest first as the map list orders them. */
    public ProjectWork projectStatus(Actor actor, String projectKey) {
        String key = MapDetails.validProjectKey(projectKey);
        access.requireView(actor, key);
        List<Long> mapIds = repository.listMaps(key).stream().map(MapSummary::map).filter(map -> !map.archived())
                .map(map -> map.id()).toList();
        if (mapIds.isEmpty()) {
            return new ProjectWork(List.of(), Freshness.current(java.time.Instant.EPOCH));
        }
        List<IssueLink> allLinks = links.ofMaps(mapIds);
        IssueStatusRefresher.Refreshed issues = refresher.read(actor, issueIds(allLinks));
        Map<Long, List<ActionableCard>> cardsByMap = actionableCards.of(mapIds).stream()
                .collect(Collectors.groupingBy(ActionableCard::mapId));
        Map<Long, List<IssueLink>> linksByMap = allLinks.stream().collect(Collectors.groupingBy(IssueLink::mapId));
        Map<Long, java.time.Instant> latestEvidence = evidence.latestByCard(mapIds);
        List<MapWorkSummary> rows = mapIds.stream().map(mapId -> new MapWorkSummary(mapId, cardsByMap.containsKey(mapId)
                ? WorkStatus.of(cardsByMap.get(mapId), List.of(), linksByMap.getOrDefault(mapId, List.of()),
                        issues.issues(), latestEvidence, issues.absent()).map()
                : MapRollup.EMPTY)).toList();
        return new ProjectWork(rows, issues.freshness());
    }

    /** Every map's roll-up, and how fresh the issue data behind them is. */
    public record ProjectWork(List<MapWorkSummary> maps, Freshness freshness) {
    }

    /**
     * A link keeps the key the issue had when linked; for an issue Jira has not confirmed for this user that key is
     * withheld too, so the view says "hidden or unavailable" (or "deleted in Jira or hidden from you") and nothing
     * about the issue. Only an issue known deleted keeps its old key: nothing is left in Jira to disclose.
     */
    private static List<IssueLink> withheldKeys(List<IssueLink> links, IssueStatusRefresher.Refreshed issues) {
        return links.stream().map(link -> issues.withheld().contains(link.issueId())
                        && issues.absent().get(link.issueId()) != IssueAbsence.DELETED
                ? new IssueLink(link.mapId(), link.cardId(), link.issueId(), "", link.createdBy(), link.createdAt())
                : link).toList();
    }

    private static List<Long> issueIds(List<IssueLink> links) {
        return links.stream().map(IssueLink::issueId).distinct().toList();
    }
}
