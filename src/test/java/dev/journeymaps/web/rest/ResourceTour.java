package dev.journeymaps.web.rest;

import dev.journeymaps.web.rest.work.ProjectIssueTypesResource;
import dev.journeymaps.web.rest.exchange.ExportResource;
import dev.journeymaps.web.rest.exchange.ProjectExportResource;
import dev.journeymaps.web.rest.exchange.ImportResource;
import dev.journeymaps.web.rest.work.ProjectStatusResource;
import dev.journeymaps.web.rest.work.MapStatusResource;
import dev.journeymaps.web.rest.work.IssuesResource;
import dev.journeymaps.web.rest.work.IssueSetsResource;
import dev.journeymaps.web.rest.work.IssuePanelResource;
import dev.journeymaps.web.rest.work.CardLinksResource;
import dev.journeymaps.web.rest.work.CardIssuesResource;
import dev.journeymaps.web.rest.stewardship.UsersResource;
import dev.journeymaps.web.rest.stewardship.TriageResource;
import dev.journeymaps.web.rest.stewardship.StewardshipRequests;
import dev.journeymaps.web.rest.stewardship.ScoringResource;
import dev.journeymaps.web.rest.stewardship.ProjectsResource;
import dev.journeymaps.web.rest.stewardship.PrioritiesResource;
import dev.journeymaps.web.rest.stewardship.MapOwnerResource;
import dev.journeymaps.web.rest.history.SnapshotsResource;
import dev.journeymaps.web.rest.history.ReviewResource;
import dev.journeymaps.web.rest.history.HistoryResource;
import dev.journeymaps.web.rest.history.UndoResource;
import dev.journeymaps.web.rest.history.CompareResource;
import dev.journeymaps.web.rest.board.StagesResource;
import dev.journeymaps.web.rest.board.PersonasResource;
import dev.journeymaps.web.rest.board.MapsResource;
import dev.journeymaps.web.rest.board.LanesResource;
import dev.journeymaps.web.rest.board.EvidenceResource;
import dev.journeymaps.web.rest.board.CardsResource;
import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.web.rest.RestJson;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Calls every REST resource of {@code dev.journeymaps.web.rest} once, on instances some container made (the plugin's
 * Spring container in PluginWiringTest), in the order a user would: create a map, edit it, score, link, read.
 * Jersey's {@code @Context} request is set the way Jersey would, by field. The host behind the container must let the
 * caller edit and administer {@code projectKey}, answer issue {@value #ISSUE_ID} and render templates.
 */
public final class ResourceTour {
    public static final long ISSUE_ID = 10001L;

    private final Function<Class<?>, Object> container;
    private final HttpServletRequest request;
    private final Set<Class<?>> called = new LinkedHashSet<>();

    private ResourceTour(Function<Class<?>, Object> container, HttpServletRequest request) {
        this.container = container;
        this.request = request;
    }

    /** Runs the tour; answers the resource classes called. */
    public static Set<Class<?>> callEveryResource(Function<Class<?>, Object> container, HttpServletRequest request,
                                                   String projectKey) {
        ResourceTour tour = new ResourceTour(container, request);
        tour.run(projectKey);
        return tour.called;
    }

    /** Every class of the REST package and its sub-packages that Jira's REST module would serve. */
    public static Set<Class<?>> resourceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Set<Class<?>> resources = new LinkedHashSet<>();
        java.nio.file.Path classes = Paths.get(Requests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        java.nio.file.Path root = classes.resolve(Requests.class.getPackageName().replace('.', '/'));
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Path.class) && !type.isMemberClass()) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }

    private void run(String projectKey) {
        MapsResource maps = make(MapsResource.class);
        JsonNode board = json(maps.create(new Requests.MapBody(projectKey, "Onboarding", "current-state",
                "Admin", "First week", "Go live", "Find the gaps", null, null, null), uriInfo()).getEntity());
        long mapId = board.get("id").asLong();
        assertThat(maps.list(projectKey, null, null, null, null)).hasSize(1);

        long stageId = json(make(StagesResource.class).add(mapId, new Requests.StageBody("Renewal", null,
                board.get("version").asLong())).getEntity()).get("stage").get("id").asLong();
        long version = json(maps.get(mapId)).get("version").asLong();
        long painLane = 0;
        for (JsonNode lane : board.get("lanes")) {
            if (lane.get("kind").asText().equals("pain-points")) {
                painLane = lane.get("id").asLong();
            }
        }
        version = json(make(LanesResource.class).rename(mapId, painLane, new Requests.LaneBody(null, "Pains", null, null, version)))
                .get("version").asLong();
        JsonNode card = json(make(CardsResource.class).add(mapId,
                new Requests.CardBody(painLane, stageId, null, "Setup takes a week", null, null, null, version)).getEntity());
        long cardId = card.get("card").get("id").asLong();
        version = json(make(EvidenceResource.class).add(mapId, cardId, new Requests.EvidenceBody("interview", false, null, null,
                "We gave up twice", "2026-11-02", card.get("version").asLong(), null)).getEntity()).get("version").asLong();

        version = json(make(ScoringResource.class).choose(mapId, new StewardshipRequests.MethodBody("impact-feasibility", version)))
                .get("version").asLong();
        version = json(make(TriageResource.class).score(mapId, cardId,
                new StewardshipRequests.ScoresBody(4, 3, null, null, null, version))).get("version").asLong();
        version = json(make(MapOwnerResource.class).assign(mapId, new StewardshipRequests.OwnerBody("", version))).get("version").asLong();
        Response linked = make(CardLinksResource.class).link(mapId, cardId, new CardLinksResource.LinkBody(version, ISSUE_ID, null));
        assertThat(linked.getStatus()).as("linking issue %s", ISSUE_ID).isEqualTo(201);
        long linkedVersion = json(maps.get(mapId)).get("version").asLong();
        assertThatThrownBy(() -> make(CardIssuesResource.class).create(mapId, cardId,
                new CardIssuesResource.CreateBody(linkedVersion, "No such type", null)))
                .as("creating an issue reaches the Jira project's issue types").isInstanceOf(IssueTrackerException.class);

        assertThat(make(MapStatusResource.class).get(mapId)).isNotNull();
        assertThat(make(ProjectStatusResource.class).get(projectKey)).isNotNull();
        assertThat(make(ProjectIssueTypesResource.class).get(projectKey).types()).as("the project's issue types").isNotEmpty();
        assertThat(json(make(IssuesResource.class).cards(ISSUE_ID)).findValuesAsText("projectKey")).contains(projectKey);
        assertThat(make(IssuesResource.class).search(projectKey + "-1", null, "5")).isNotNull();
        assertThat(make(IssuePanelResource.class).panel(ISSUE_ID)).isNotEmpty();
        IssueSetsResource.IssueSetJson painPoints = make(IssueSetsResource.class).get(projectKey, "pain-points", "Onboarding", "Renewal");
        assertThat(painPoints.issueIds()).containsExactly(ISSUE_ID);
        assertThat(painPoints.jql()).isEqualTo("id in (" + ISSUE_ID + ")");
        assertThat(make(PrioritiesResource.class).map(mapId, null, List.of())).isNotNull();
        assertThat(make(ProjectsResource.class).priorities(projectKey, null, List.of())).isNotNull();
        assertThat(make(ReviewResource.class).status(mapId)).isNotNull();
        assertThat(make(SnapshotsResource.class).snapshots(mapId, null, null)).isEmpty();
        assertThat(make(HistoryResource.class).history(mapId, "0", "10")).isNotEmpty();
        long moveVersion = json(maps.get(mapId)).get("version").asLong();
        long moved = json(make(CardsResource.class).move(mapId, cardId, new Requests.MoveBody(painLane, stageId, 0, moveVersion)))
                .get("version").asLong();
        assertThat(make(UndoResource.class).undo(mapId, new UndoResource.Body(moved)).cardId()).isEqualTo(cardId);
        assertThat(json(make(CardsResource.class).get(mapId, cardId)).get("card").get("id").asLong()).isEqualTo(cardId);
        dev.journeymaps.web.rest.live.LiveResource live = make(dev.journeymaps.web.rest.live.LiveResource.class);
        dev.journeymaps.web.rest.live.LiveResource.ChangesJson changes = live.changes(mapId, String.valueOf(moved - 1), "tour", null, "0");
        assertThat(changes.changes().get(0).version()).as("the move, read from the revision rows").isEqualTo(moved);
        assertThat(changes.changes().get(0).cards()).as("what the move touched (TOUCHED)").containsExactly(cardId);
        assertThat(changes.changes().get(0).cardsOnly()).isTrue();
        assertThat(changes.version()).isEqualTo(json(maps.get(mapId)).get("version").asLong());
        dev.journeymaps.web.rest.live.PresenceResource presence = make(dev.journeymaps.web.rest.live.PresenceResource.class);
        presence.editing(mapId, new dev.journeymaps.web.rest.live.PresenceResource.PresenceBody("tour", cardId));
        presence.left(mapId, "tour");
        assertThat(make(UsersResource.class).search("ali", "5")).isNotNull();
        JsonNode comment = json(make(dev.journeymaps.web.rest.comments.CommentsResource.class).add(mapId, cardId,
                new dev.journeymaps.web.rest.comments.CommentJson.Body("Seen this in week one too")).getEntity());
        long commentId = comment.get("comment").get("id").asLong();
        assertThat(json(make(dev.journeymaps.web.rest.comments.CommentsResource.class).edit(mapId, cardId, commentId,
                new dev.journeymaps.web.rest.comments.CommentJson.Body("Seen it twice"))).get("comment").get("text").asText())
                .isEqualTo("Seen it twice");
        assertThat(make(dev.journeymaps.web.rest.comments.CommentsResource.class).list(mapId, cardId).comments()).hasSize(1);
        assertThat(make(dev.journeymaps.web.rest.comments.CommentsResource.class).delete(mapId, cardId, commentId).version())
                .isGreaterThan(comment.get("version").asLong());
        assertThatThrownBy(() -> make(dev.journeymaps.web.rest.comments.NoticesResource.class).dismiss(Long.MAX_VALUE))
                .as("no such notice of the caller's").isInstanceOf(dev.journeymaps.app.NotFoundException.class);
        assertThat(make(PersonasResource.class).list(projectKey)).isEmpty();
        assertThat(new String((byte[]) make(ExportResource.class).svg(mapId, null, null, null, null).getEntity(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("Setup takes a week");
        assertThat(new String((byte[]) make(ProjectExportResource.class).priorities(projectKey, null, List.of(), null).getEntity(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("Setup takes a week");
        dev.journeymaps.app.exchange.ExchangeDocument exported;
        try {
            exported = RestJson.mapper().readValue((byte[]) make(ProjectExportResource.class).json(projectKey).getEntity(),
                    dev.journeymaps.app.exchange.ExchangeDocument.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(make(ExportResource.class).json(mapId).getStatus()).isEqualTo(200);
        assertThat((byte[]) make(ExportResource.class).pdf(mapId, null, null, null, null, null, List.of()).getEntity())
                .as("a PDF, with the fonts PDFBox ships inside the bundle").startsWith('%', 'P', 'D', 'F');
        assertThat(make(ImportResource.class).importDocument(projectKey, "true", List.of(), null, List.of(), exported).maps())
                .as("the project's own export is already there").extracting(m -> m.action()).containsOnly("unchanged");
        long futureId = json(maps.createFutureState(mapId, uriInfo()).getEntity()).get("id").asLong();
        assertThat(make(CompareResource.class).compare(mapId, futureId)).isNotNull();
    }

    /** A resource's answer as the JSON the host would send (the DTO records are their packages' own). */
    private static JsonNode json(Object answer) {
        return RestJson.mapper().valueToTree(answer);
    }

    private <T> T make(Class<T> type) {
        Object resource = container.apply(type);
        assertThat(resource).as("%s from the container", type.getSimpleName()).isInstanceOf(type);
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(Context.class) && field.getType() == HttpServletRequest.class) {
                try {
                    field.setAccessible(true);
                    field.set(resource, request);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        called.add(type);
        return type.cast(resource);
    }

    private static UriInfo uriInfo() {
        UriInfo info = mock(UriInfo.class);
        when(info.getAbsolutePathBuilder()).thenAnswer(call -> UriBuilder.fromUri("http://jira.test/rest/journeymaps/1.0/maps"));
        when(info.getBaseUriBuilder()).thenAnswer(call -> UriBuilder.fromUri("http://jira.test/rest/journeymaps/1.0"));
        return info;
    }
}
