package dev.journeymaps.web.page;

import dev.journeymaps.web.page.stewardship.StewardshipPages;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.DirectoryUser;
import dev.journeymaps.app.board.CardEvidence;
import dev.journeymaps.app.work.IssueCache;
import dev.journeymaps.app.work.IssueLinks;
import dev.journeymaps.app.work.IssueStatusRefresher;
import dev.journeymaps.app.work.RefreshPolicy;
import dev.journeymaps.app.work.WorkStatusReader;
import dev.journeymaps.app.InMemoryMapRepository;
import dev.journeymaps.app.InMemoryPersonaRepository;
import dev.journeymaps.app.board.PersonaDirectory;
import dev.journeymaps.app.InMemoryStewardship;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.history.MapHistory;
import dev.journeymaps.app.history.MapReviews;
import dev.journeymaps.app.stewardship.Ownership;
import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.app.ProjectAccessPolicy;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.board.Stage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A demo-like project "SHOP" with real use cases over the in-memory repository. */
final class DemoMaps {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    final InMemoryMapRepository repository = new InMemoryMapRepository();
    final Clock clock = Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneOffset.UTC);
    final ProjectAccessPolicy policy = new ProjectAccessPolicy(Set.of("SHOP"));
    final InMemoryPersonaRepository personaRepository = new InMemoryPersonaRepository();
    /** The people maps may be owned by, one of them with a hostile key (Jira keys are not ours to choose). */
    final InMemoryStewardship stewardship = new InMemoryStewardship(new DirectoryUser("alice", "alice", "Alice Adams"),
            new DirectoryUser("dana", "dana", "Dana Whitfield"), new DirectoryUser("eve" + IMG, "eve", "eve" + IMG));
    final MapCatalog catalog = new MapCatalog(repository, personaRepository, policy, stewardship, clock);
    final PersonaDirectory personas = new PersonaDirectory(personaRepository, repository, policy);
    final BoardEditor editor = new BoardEditor(repository, policy, clock);
    final Actor alice = new Actor("alice", "Alice Adams");
    final Prioritizer prioritizer = stewardship.prioritizer(repository, policy, clock);
    final Ownership ownership = stewardship.ownership(repository, policy, clock);
    final MapReviews reviews = stewardship.reviews(repository, policy, clock);
    final MapHistory history = stewardship.history(repository, policy, clock);
    final StewardshipPages pages = new StewardshipPages(prioritizer, reviews, history);
    /** Linked work over no links at all: every pain point shows "No action" (Jira is never asked). */
    final WorkStatusReader noWork = new WorkStatusReader(repository, policy, new NoLinks(), mapIds -> List.of(), CardEvidence.NONE,
            new IssueStatusRefresher(new NoCache(), actor -> {
                throw new AssertionError("no issue is linked, so Jira is never asked");
            }, RefreshPolicy.inline(Duration.ofMinutes(5)), clock));

    private static final class NoLinks implements IssueLinks {
        @Override
        public List<IssueLink> ofMap(long mapId) {
            return List.of();
        }

        @Override
        public List<IssueLink> ofMaps(Collection<Long> mapIds) {
            return List.of();
        }

        @Override
        public List<IssueLink> ofIssue(long issueId) {
            return List.of();
        }

        @Override
        public boolean add(IssueLink link) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean remove(long mapId, long cardId, long issueId) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class NoCache implements IssueCache {
        @Override
        public Map<Long, CachedIssue> ofMap(long mapId) {
            return Map.of();
        }

        @Override
        public Map<Long, CachedIssue> get(Collection<Long> issueIds) {
            return Map.of();
        }

        @Override
        public Map<Long, CachedIssue> put(Collection<IssueSnapshot> fresh) {
            return Map.of();
        }
    }

    /** The checkout map: the current-state template filled with a few cards per lane. */
    MapBoard checkout() {
        MapBoard board = catalog.createMap(alice, "SHOP", new MapDetails("First-time buyer checkout", MapType.CURRENT_STATE,
                new ScopeCard("Maya, first-time buyer on mobile", "From product page to first delivery",
                        "Buy a gift quickly and be sure it arrives on time", "Decide which checkout problems to fix this quarter"),
                ""));
        String[][] cards = {
                {"Instagram ad", "Product page", "Checkout form", "Confirmation e-mail", "Courier SMS", "Reorder reminder"},
                {"Taps the ad", "Compares sizes", "Types address twice", "Looks for order status", "Tracks parcel", "Reorders"},
                {"Looks nice!", "Will it fit?", "Why again?", "Did it work?", "Where is it?", "Easy"},
                {"Curious", "Unsure", "Annoyed", "Anxious", "Relieved", "Happy"},
                {"", "Size chart is hidden below the fold", "Address form loses input on back", "No order number in e-mail", "", ""},
                {"", "Show size advice next to the button", "Keep form state; autofill postcode", "", "Live tracking link", ""},
        };
        for (int l = 0; l < board.lanes().size(); l++) {
            Lane lane = board.lanes().get(l);
            for (int s = 0; s < board.stages().size(); s++) {
                Stage stage = board.stages().get(s);
                if (!cards[l][s].isEmpty()) {
                    board = editor.addCard(alice, board.map().id(), board.version(), lane.id(), stage.id(), null,
                            new Card.Content(cards[l][s], s == 2 && l == 4 ? "12 of 20 interviewees mentioned it; 34% drop-off on mobile." : "")).board();
                }
            }
        }
        return catalog.viewMap(alice, board.map().id());
    }

    /** A map whose every piece of user text is hostile. */
    MapBoard hostile() {
        MapBoard board = catalog.createMap(alice, "SHOP", new MapDetails(SCRIPT, MapType.SERVICE_BLUEPRINT,
                new ScopeCard(IMG, SCRIPT, IMG, SCRIPT), "eve" + IMG));
        long mapId = board.map().id();
        board = editor.renameStage(alice, mapId, board.version(), board.stages().get(0).id(), IMG);
        board = editor.renameLane(alice, mapId, board.version(), board.lanes().get(0).id(), SCRIPT);
        editor.addCard(alice, mapId, board.version(), board.lanes().get(0).id(), board.stages().get(0).id(), null,
                new Card.Content(SCRIPT, IMG));
        return catalog.viewMap(alice, mapId);
    }
}
