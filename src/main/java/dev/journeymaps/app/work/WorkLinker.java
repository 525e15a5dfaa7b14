package dev.journeymaps.app.work;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.BaseUrl;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.board.BoardPart;
import dev.journeymaps.app.board.Footprint;
import dev.journeymaps.app.board.CardEvidence;
import dev.journeymaps.app.board.MapAccess;
import dev.journeymaps.app.board.BoardAudit;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.work.tracker.IssueDescription;
import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.work.NewIssue;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.Violations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Use cases that link pain points and opportunities to Jira work: link an existing issue, unlink it,
 * create an issue from the card and link it at once. Every write checks the Edit permission first (before
 * Jira is asked anything) and runs through {@link MapRepository#change}, so it is versioned like any map edit.
 */
public class WorkLinker {
    private final MapRepository repository;
    private final AccessPolicy policy;
    private MapAccess access;
    private final IssueLinks links;
    private final IssueCache cache;
    private final IssueTrackers trackers;
    private final CardEvidence evidence;
    private final BaseUrl baseUrl;
    private final Clock clock;
    private final IssueStatusRefresher refresher;
    private final CreateGuard createGuard = new CreateGuard();
    private BoardAudit audit = new BoardAudit(null);

    /** Links and unlinks also write an audit line ("Linked DEMO-12 to 'Slow refunds'"); set once, at wiring. */
    public void setAudit(dev.journeymaps.app.AuditTrail trail) {
        this.audit = new BoardAudit(trail);
    }

    /** A 409 names the other author by display name from {@code directory} (without it, by key); set once, at wiring. */
    public void setDirectory(dev.journeymaps.app.Directory directory) {
        this.access = new MapAccess(repository, policy, directory);
    }

    public WorkLinker(MapRepository repository, AccessPolicy policy, IssueLinks links, IssueCache cache,
                      IssueTrackers trackers, CardEvidence evidence, BaseUrl baseUrl, Clock clock) {
        this(repository, policy, links, cache, trackers, evidence, baseUrl, clock, null);
    }

    /**
     * @param refresher when given, an issue the user just linked or created is known visible to them at once (Jira
     *                  Cloud's search may not return it for a while); without it, only the cache is written
     */
    public WorkLinker(MapRepository repository, AccessPolicy policy, IssueLinks links, IssueCache cache,
                      IssueTrackers trackers, CardEvidence evidence, BaseUrl baseUrl, Clock clock,
                      IssueStatusRefresher refresher) {
        this.refresher = refresher;
        this.repository = repository;
        this.policy = policy;
        this.access = new MapAccess(repository, policy);
        this.links = links;
        this.cache = cache;
        this.trackers = trackers;
        this.evidence = evidence;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** Which issue to link: its id, or its key (looked up in Jira as the user). */
    public record Target(Long issueId, String issueKey) {
        public Target {
            issueKey = issueKey == null ? "" : issueKey.strip();
            new Violations().general(issueId != null || !issueKey.isEmpty(), "Name the issue to link: \"issueId\" or \"issueKey\".")
                    .text("issueKey", issueKey)
                    .throwIfAny();
        }
    }

    public LinkResult link(Actor actor, long mapId, long version, long cardId, Target target) {
        MapBoard board = access.editable(actor, mapId, version, BoardPart.card(cardId));
        actionableCard(board, cardId);
        IssueSnapshot issue = find(actor, target);
        CachedIssue cached = seen(actor, issue);
        return attach(actor, board, cardId, cached);
    }

    /** @return the map's new version */
    public long unlink(Actor actor, long mapId, long version, long cardId, long issueId) {
        MapBoard board = access.editable(actor, mapId, version, BoardPart.card(cardId));
        requireCard(board, cardId);
        IssueLink linked = links.link(mapId, cardId, issueId).orElseThrow(() ->
                new NotFoundException("Card " + cardId + " is not linked to issue " + issueId + "."));
        String key = linked.issueKey().isEmpty() ? String.valueOf(issueId) : linked.issueKey();
        String card = requireCard(board, cardId).text();
        Instant now = clock.instant();
        try {
            return repository.change(mapId, version, Footprint.card(cardId), actor.userKey(), now, writer -> {
                links.remove(mapId, cardId, issueId);
                audit.append(mapId, writer.version(), now, actor.userKey(),
                        new BoardAudit.Line("card.unlinked", card, "Unlinked " + key + " from " + BoardAudit.quote(card), cardId));
                return writer.version();
            });
        } catch (ConflictException e) {
            throw access.named(Footprint.named(e, board), actor);
        }
    }

    /**
     * Creates an issue of {@code issueType} in the map's project: summary = {@code summary} or the card's
     * text, description = the problem, its evidence and a link back to the map; then links it to the card.
     */
    public LinkResult createAndLink(Actor actor, long mapId, long version, long cardId, String issueType, String summary) {
        MapBoard board = access.editable(actor, mapId, version, BoardPart.card(cardId));
        Card card = actionableCard(board, cardId);
        String title = summary == null || summary.isBlank() ? IssueDescription.summaryOf(card.text(), NewIssue.SUMMARY_MAX) : summary;
        NewIssue request = new NewIssue(board.map().projectKey(), issueType, title,
                IssueDescription.of(card, evidence.describe(mapId, cardId), baseUrl.mapPage(mapId))).validated();
        String key = CreateGuard.key(cardId, request.issueType(), request.summary());
        return createGuard.once(key, clock.instant(), earlier -> {
            if (earlier.isPresent()) {
                // A retry of a create Jira already accepted: the card is linked to that issue (or is linked now).
                CachedIssue made = cache.get(List.of(earlier.get())).get(earlier.get());
                if (made != null) {
                    return attachCreated(actor, board, cardId, made);
                }
            }
            IssueSnapshot created = trackers.of(actor).create(request);
            createGuard.remember(key, created.id(), clock.instant());
            return attachCreated(actor, board, cardId, seen(actor, created));
        });
    }

    /**
     * The issue exists in Jira now, so an edit of the map while Jira was creating it must not leave it unlinked:
     * on a version conflict the link is made at the map's current version, as long as the card is still there.
     */
    private LinkResult attachCreated(Actor actor, MapBoard board, long cardId, CachedIssue issue) {
        MapBoard current = board;
        for (int attempt = 1; ; attempt++) {
            try {
                return attach(actor, current, cardId, issue);
            } catch (ConflictException raced) {
                if (attempt == 3) {
                    throw raced;
                }
                long latest = access.viewableMap(actor, board.map().id()).version();
                current = access.editable(actor, board.map().id(), latest, BoardPart.card(cardId));
                if (current.card(cardId).isEmpty()) {
                    throw new NotFoundException("Created " + issue.snapshot().key() + " in Jira, but card " + cardId
                            + " was deleted from the map meanwhile, so it is not linked.");
                }
            }
        }
    }

    private LinkResult attach(Actor actor, MapBoard board, long cardId, CachedIssue issue) {
        long mapId = board.map().id();
        Instant now = clock.instant();
        IssueLink wanted = new IssueLink(mapId, cardId, issue.id(), issue.snapshot().key(), actor.userKey(), now);
        IssueLink existing = links.link(mapId, cardId, issue.id()).orElse(null);
        if (existing != null) {
            return new LinkResult(existing, issue, board.version(), false);
        }
        long committed;
        try {
            committed = repository.change(mapId, board.version(), Footprint.card(cardId), actor.userKey(), now, writer -> {
                if (!links.add(wanted)) {
                    // Linked by someone else meanwhile: roll back, nothing to change.
                    throw new ConflictException(mapId, board.version(), writer.version());
                }
                String card = requireCard(board, cardId).text();
                audit.append(mapId, writer.version(), now, actor.userKey(), new BoardAudit.Line("card.linked", card,
                        "Linked " + issue.snapshot().key() + " to " + BoardAudit.quote(card), cardId));
                return writer.version();
            });
        } catch (ConflictException e) {
            throw access.named(Footprint.named(e, board), actor);
        }
        return new LinkResult(wanted, issue, committed, true);
    }

    private CachedIssue seen(Actor actor, IssueSnapshot issue) {
        return refresher != null ? refresher.seen(actor, issue) : cache.put(List.of(issue)).get(issue.id());
    }

    private IssueSnapshot find(Actor actor, Target target) {
        IssueQuery byKey = target.issueId() != null ? null : IssueQuery.typed(target.issueKey());
        if (byKey != null && byKey.kind() != IssueQuery.Kind.KEY) {
            throw ValidationException.field("issueKey", "Not an issue key (like ABC-123): " + target.issueKey());
        }
        IssueTracker tracker = trackers.of(actor);
        List<IssueSnapshot> found = target.issueId() != null
                ? tracker.fetch(List.of(target.issueId()))
                : tracker.search(byKey, 1).issues();
        String name = target.issueId() != null ? "with id " + target.issueId() : target.issueKey();
        // Jira answers "key = CX-6" with the issue now called NEW-1 when CX-6 was moved: that is the issue meant.
        IssueSnapshot issue = found.stream()
                .filter(candidate -> target.issueId() == null || candidate.id() == target.issueId())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Issue " + name + " does not exist or is not visible to you."));
        // A search answer has no epic progress; cached as it is, a linked epic would count 0/1 until the cache ages.
        return byKey == null ? issue : tracker.fetch(List.of(issue.id())).stream().findFirst().orElse(issue);
    }

    private static Card requireCard(MapBoard board, long cardId) {
        return board.card(cardId).orElseThrow(() ->
                new NotFoundException("Card " + cardId + " is not part of map " + board.map().id() + "."));
    }

    /** Only pain points and opportunities take linked work. */
    private static Card actionableCard(MapBoard board, long cardId) {
        Card card = requireCard(board, cardId);
        boolean actionable = board.lane(card.laneId()).map(Lane::kind).map(kind -> kind != null && kind.isActionable()).orElse(false);
        if (!actionable) {
            throw ValidationException.field("cardId", "Only pain points and opportunities can be linked to Jira work.");
        }
        return card;
    }
}
