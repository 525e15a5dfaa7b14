package dev.journeymaps.web.rest.history;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.web.rest.stewardship.StewardshipJson;
import dev.journeymaps.web.rest.stewardship.StewardshipRequests;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.history.MapReviews;
import dev.journeymaps.app.history.Reviewed;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * A map's review cadence. {@code GET} the status (next date, stale or not); {@code PUT} the interval in
 * days; {@code POST} marks the map reviewed now by the caller and takes a snapshot (optional label).
 * Status codes: 200; 400 interval outside 1–730 days, label too long, missing version; 401 anonymous;
 * 403 no edit permission; 404 unknown map; 409 stale version.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {
    private final MapReviews reviews;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public ReviewResource(MapReviews reviews, RequestActor requestActor) {
        this.reviews = reviews;
        this.requestActor = requestActor;
    }

    @GET
    public StewardshipJson.ReviewJson status(@PathParam("mapId") long mapId) {
        return StewardshipJson.ReviewJson.of(reviews.review(actor(), mapId), reviews::nameOf);
    }

    @PUT
    public StewardshipJson.ReviewResult interval(@PathParam("mapId") long mapId, StewardshipRequests.IntervalBody body) {
        StewardshipRequests.IntervalBody b = Requests.body(body);
        long version = Requests.version(b.version());
        return new StewardshipJson.ReviewResult(StewardshipJson.ReviewJson.of(
                reviews.setInterval(actor(), mapId, version, b.intervalDays()), reviews::nameOf), version + 1);
    }

    @POST
    public StewardshipJson.ReviewedResult markReviewed(@PathParam("mapId") long mapId, StewardshipRequests.LabelBody body) {
        StewardshipRequests.LabelBody b = Requests.body(body);
        long version = Requests.version(b.version());
        Reviewed reviewed = reviews.markReviewed(actor(), mapId, version, b.label());
        return new StewardshipJson.ReviewedResult(StewardshipJson.ReviewJson.of(reviewed.review(), reviews::nameOf),
                StewardshipJson.SnapshotJson.of(reviewed.snapshot(), reviews::nameOf), version + 1);
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }
}
