package dev.journeymaps.app.exchange;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.board.MapAccess;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.board.PersonaRepository;
import dev.journeymaps.app.comments.CommentRepository;
import dev.journeymaps.app.history.ReviewRepository;
import dev.journeymaps.app.history.SnapshotRepository;
import dev.journeymaps.app.stewardship.TriageRepository;
import dev.journeymaps.app.work.IssueLinks;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.domain.comments.CardComment;
import dev.journeymaps.domain.history.Snapshot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Use cases: export a map or a whole project as an {@link ExchangeDocument}, and import one into a project (another key,
 * another host, another Jira site). An import is checked whole first (400 naming each problem's path, nothing written),
 * can be previewed, runs in one transaction (all or nothing), and is idempotent: a map already in the project with the
 * same title and the same content is left alone.
 */
public class MapTransfer {
    private final MapRepository maps;
    private final PersonaRepository personas;
    private final TriageRepository triage;
    private final IssueLinks links;
    private final MapAccess access;
    private final Directory directory;
    private final ExchangeTransaction transaction;
    private final Clock clock;
    private final ReviewRepository reviews;
    private final SnapshotRepository snapshots;
    private final IssueTrackers trackers;
    private final CommentRepository comments;

    public MapTransfer(MapRepository maps, PersonaRepository personas, TriageRepository triage, IssueLinks links,
                       AccessPolicy policy, Directory directory, ExchangeTransaction transaction, Clock clock,
                       ReviewRepository reviews, SnapshotRepository snapshots, IssueTrackers trackers, CommentRepository comments) {
        this.maps = maps;
        this.personas = personas;
        this.triage = triage;
        this.links = links;
        this.access = new MapAccess(maps, policy);
        this.directory = directory;
        this.transaction = transaction;
        this.clock = clock;
        this.reviews = reviews;
        this.snapshots = snapshots;
        this.comments = comments;
        this.trackers = trackers;
    }

    public ExchangeDocument exportMap(Actor actor, long mapId) {
        MapBoard board = access.viewable(actor, mapId);
        List<Persona> all = personas.listPersonas(board.map().projectKey());
        List<Persona> used = all.stream().filter(p -> board.map().personaId() != null && p.id() == board.map().personaId()).toList();
        return new ExchangeDocument(ExchangeDocument.VERSION, "map", board.map().projectKey(),
                used.stream().map(DocumentWriter::persona).toList(), List.of(mapDoc(board, all)));
    }

    /** Every map of the project (by title, then in creation order) and all its personas (by name). */
    public ExchangeDocument exportProject(Actor actor, String projectKey) {
        String key = MapDetails.validProjectKey(projectKey);
        access.requireView(actor, key);
        List<Persona> all = personas.listPersonas(key).stream().sorted(Comparator.comparing(Persona::name).thenComparingLong(Persona::id))
                .toList();
        List<ExchangeDocument.MapDoc> docs = boards(key).stream().map(board -> mapDoc(board, all)).toList();
        return new ExchangeDocument(ExchangeDocument.VERSION, "project", key, all.stream().map(DocumentWriter::persona).toList(), docs);
    }

    /**
     * Imports {@code doc} into {@code projectKey}; {@code users} renames user keys (source → target). With {@code preview}
     * nothing is written and the report says what would be.
     */
    public ImportReport importInto(Actor actor, String projectKey, ExchangeDocument doc, Map<String, String> users, boolean preview) {
        return importInto(actor, projectKey, doc, users, null, preview);
    }

    /**
     * As above; with {@code issueProjects} (source project key → target's, may be empty) the links are resolved against
     * this host's Jira as the actor — by key after that mapping, then by id — and those found neither way are kept as
     * unresolved links ({@link IssueResolver}); without it (null) links are kept as written (same Jira site).
     */
    public ImportReport importInto(Actor actor, String projectKey, ExchangeDocument doc, Map<String, String> users,
                                   Map<String, String> issueProjects, boolean preview) {
        String key = MapDetails.validProjectKey(projectKey);
        access.requireEdit(actor, key);
        DocumentCheck.check(doc);
        ExchangeDocument renamed = UserMapping.apply(doc, users);
        IssueResolver.Outcome outcome = null;
        if (issueProjects != null) {
            IssueResolver resolver = new IssueResolver(trackers.of(actor), issueProjects);
            outcome = IssueResolver.apply(renamed, resolver.resolve(renamed));
        }
        ExchangeDocument mapped = outcome == null ? renamed : outcome.doc();
        ImportReport.Issues issues = outcome == null ? null : new ImportReport.Issues(outcome.byKey(), outcome.byId(), outcome.unresolved());
        Set<String> unmatched = new LinkedHashSet<>();
        UserMapping.owners(mapped).stream().filter(user -> directory.user(actor, user).isEmpty()).forEach(unmatched::add);
        if (preview) {
            return plan(actor, key, mapped, unmatched, true).with(issues);
        }
        return transaction.inOne(() -> plan(actor, key, mapped, unmatched, false)).with(issues);
    }

    private ImportReport plan(Actor actor, String key, ExchangeDocument doc, Set<String> unmatched, boolean preview) {
        List<Persona> existing = personas.listPersonas(key);
        List<String> created = new ArrayList<>();
        for (ExchangeDocument.PersonaDoc p : doc.personas() == null ? List.<ExchangeDocument.PersonaDoc>of() : doc.personas()) {
            if (existing.stream().noneMatch(e -> e.name().equals(p.name())) && !created.contains(p.name())) {
                created.add(p.name());
                if (!preview) {
                    personas.createPersona(key, new Persona.Content(p.name(), p.description(), p.goals(), p.frustrations()));
                }
            }
        }
        List<Persona> all = preview ? existing : personas.listPersonas(key);
        List<MapBoard> present = boards(key);
        List<ImportReport.MapResult> results = new ArrayList<>();
        int linkCount = 0;
        for (ExchangeDocument.MapDoc map : doc.maps()) {
            Optional<MapBoard> same = present.stream().filter(b -> b.map().title().equals(map.title()))
                    .filter(b -> mapDoc(b, all).equals(map)).findFirst();
            linkCount += map.cards() == null ? 0 : map.cards().stream().mapToInt(c -> c.links() == null ? 0 : c.links().size()).sum();
            if (same.isPresent()) {
                results.add(new ImportReport.MapResult(map.title(), "unchanged", same.get().map().id()));
            } else if (preview) {
                results.add(new ImportReport.MapResult(map.title(), "create", null));
            } else {
                JourneyMap made = new MapImport(maps, triage, links, reviews, snapshots, comments).create(key, map, all, actor.userKey(), clock.instant());
                results.add(new ImportReport.MapResult(map.title(), "create", made.id()));
            }
        }
        return new ImportReport(preview, key, results, created, List.copyOf(unmatched), linkCount);
    }

    private ExchangeDocument.MapDoc mapDoc(MapBoard board, List<Persona> all) {
        long mapId = board.map().id();
        List<Snapshot> taken = new ArrayList<>(snapshots.snapshots(mapId).stream()
                .map(s -> snapshots.snapshot(mapId, s.id())).flatMap(Optional::stream).toList());
        Collections.reverse(taken);
        Map<Long, List<CardComment>> byCard = comments.ofMap(mapId).stream()
                .collect(java.util.stream.Collectors.groupingBy(CardComment::cardId));
        return DocumentWriter.map(board, triage.triage(mapId), triage.scoringMethod(mapId), links.ofMap(mapId), all,
                reviews.cadence(mapId), taken, byCard);
    }

    private List<MapBoard> boards(String key) {
        return maps.listMaps(key).stream().map(MapSummary::map)
                .sorted(Comparator.comparing(JourneyMap::title).thenComparingLong(JourneyMap::id))
                .map(map -> maps.loadBoard(map.id())).flatMap(Optional::stream).toList();
    }
}
