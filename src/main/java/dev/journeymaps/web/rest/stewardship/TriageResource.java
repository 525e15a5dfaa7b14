package dev.journeymaps.web.rest.stewardship;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.stewardship.Ownership;
import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.domain.stewardship.CardPriority;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Scoring and owning one pain point or opportunity. {@code PUT} sets every score input at once (omitted =
 * not set); {@code PUT …/owner} sets the owner (a user key from {@code /users}; empty = nobody).
 * The answer carries the card (its {@code rank} null: read ranks from the priorities list) and the map's new version.
 * Status codes: 200; 400 score out of range, unknown user, card in a lane that is not scored, missing
 * version; 401 anonymous; 403 no edit permission; 404 unknown map or card; 409 stale version.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/triage/{cardId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TriageResource {
    private final Prioritizer prioritizer;
    private final Ownership ownership;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public TriageResource(Prioritizer prioritizer, Ownership ownership, RequestActor requestActor) {
        this.prioritizer = prioritizer;
        this.ownership = ownership;
        this.requestActor = requestActor;
    }

    @PUT
    public StewardshipJson.CardResult score(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId,
                                            StewardshipRequests.ScoresBody body) {
        StewardshipRequests.ScoresBody b = Requests.body(body);
        long version = Requests.version(b.version());
        CardPriority card = prioritizer.scoreCard(actor(), mapId, version, cardId,
                new CardTriage.Scores(b.impact(), b.feasibility(), b.reach(), b.riceImpact(), b.effort()));
        return result(card);
    }

    @PUT
    @Path("/owner")
    public StewardshipJson.CardResult owner(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId,
                                            StewardshipRequests.OwnerBody body) {
        StewardshipRequests.OwnerBody b = Requests.body(body);
        long version = Requests.version(b.version());
        CardPriority card = ownership.assignCardOwner(actor(), mapId, version, cardId, b.owner());
        return result(card);
    }

    /**
     * The card after the write, at the map version the write committed. Its {@code rank} is null: a rank compares the
     * card with every other one, which a one-card write does not read (the priorities list has it).
     */
    private StewardshipJson.CardResult result(CardPriority card) {
        return new StewardshipJson.CardResult(StewardshipJson.CardPriorityJson.of(null, card, ownership::displayName),
                card.map().version());
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }
}
