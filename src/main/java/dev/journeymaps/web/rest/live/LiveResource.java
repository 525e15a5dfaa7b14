package dev.journeymaps.web.rest.live;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.live.LiveBoard;
import dev.journeymaps.app.live.MapChange;
import dev.journeymaps.app.live.Viewer;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.web.RequestActor;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.IsoDates;
import dev.journeymaps.web.rest.Requests;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.util.List;

/**
 * The live board over long polling, the same in both hosts (Jira's REST layer included; a Jira DC node or a
 * standalone node answers from the database, so any node serves any page):
 * {@code GET /maps/{id}/changes?since=N} answers at once with the changes after version N when there are any, else
 * waits for one — or for someone opening, leaving or editing on the map when {@code presence} names the viewers the
 * page last saw — up to {@code wait} seconds (default and most 25). {@code reload: true} when the page is too far
 * behind (more than 200 changes) or ahead of the map ({@link PresenceResource}: what the page edits, that it closed). Status codes: 200; 400 bad parameter; 401 anonymous; 404 no such map or not visible to the
 * caller (the project cannot be browsed: nothing is told).
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LiveResource {
    private final LiveBoard live;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public LiveResource(LiveBoard live, RequestActor requestActor) {
        this.live = live;
        this.requestActor = requestActor;
    }

    @GET
    public ChangesJson changes(@PathParam("mapId") long mapId, @QueryParam("since") String since, @QueryParam("client") String client,
                               @QueryParam("presence") String presence, @QueryParam("wait") String wait) {
        Actor actor = actor();
        Long from = Requests.longParam(since, "since");
        if (from == null || from < 0) {
            throw ValidationException.field("since", "Give the map version the page has (a whole number, 0 or more).");
        }
        Integer seconds = Requests.intParam(wait, "wait");
        if (seconds != null && (seconds < 0 || seconds > LiveBoard.MAX_WAIT.toSeconds())) {
            throw ValidationException.field("wait", "Must be between 0 and " + LiveBoard.MAX_WAIT.toSeconds() + " seconds.");
        }
        LiveBoard.Changes changes = live.changesSince(actor, mapId, from, client, presence,
                seconds == null ? LiveBoard.MAX_WAIT : Duration.ofSeconds(seconds));
        return new ChangesJson(changes.version(), changes.reload(), changes.changes().stream().map(ChangeJson::of).toList(),
                changes.presence(), changes.viewers().stream().map(ViewerJson::of).toList());
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }

    /** The answer to "changes since N". */
    public record ChangesJson(long version, boolean reload, List<ChangeJson> changes, String presence, List<ViewerJson> viewers) {
    }

    /**
     * One change: the version it made, by whom, when, in words, and what it touched ({@code touched}: the footprint
     * tokens, {@code *} the whole map; {@code cards}: the ids of the cards; {@code cardsOnly}: nothing but cards and
     * the order of their cells, so the page may apply it card by card). The last three were added for the per-card
     * board; older pages ignore them.
     */
    public record ChangeJson(long version, String author, String at, String action, String subject, String summary,
                             List<String> touched, List<Long> cards, boolean cardsOnly) {
        static ChangeJson of(MapChange change) {
            return new ChangeJson(change.version(), change.authorKey(), IsoDates.of(change.at()), change.action(),
                    change.subject(), change.summary(), change.touched(), change.cards(), change.cardsOnly());
        }
    }

    /** Someone else with the map open: key, name, initials for the avatar, and the card they edit (or null). */
    public record ViewerJson(String key, String name, String initials, Long editing) {
        static ViewerJson of(Viewer viewer) {
            return new ViewerJson(viewer.userKey(), viewer.displayName(), initials(viewer.displayName()), viewer.editingCardId());
        }

        static String initials(String name) {
            String[] words = name.strip().split("\\s+");
            String first = words[0].isEmpty() ? "?" : words[0].substring(0, words[0].offsetByCodePoints(0, 1));
            String last = words.length > 1 ? words[words.length - 1].substring(0, words[words.length - 1].offsetByCodePoints(0, 1)) : "";
            return (first + last).toUpperCase(java.util.Locale.ROOT);
        }
    }
}
