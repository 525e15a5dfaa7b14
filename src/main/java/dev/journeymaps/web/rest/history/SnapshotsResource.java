package dev.journeymaps.web.rest.history;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.web.rest.stewardship.StewardshipJson;
import dev.journeymaps.web.rest.stewardship.StewardshipRequests;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.history.MapHistory;
import dev.journeymaps.domain.history.RestorePreview;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Snapshots of a map: list them, take one ({@code POST}, 201, versioned like every map write), read one
 * with its board, and diff two ({@code /diff?from=ID&to=ID}; omit {@code to} to compare with now; cards are
 * matched by id). "Mark reviewed" ({@link ReviewResource}) takes one too.
 * {@code /{id}/restore}: GET says what restoring would change, POST restores (see {@link #restore}).
 * Status codes: 200/201; 400 missing {@code from}, label too long, missing version; 401 anonymous;
 * 403 no edit permission; 404 unknown map or snapshot; 409 stale version.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/snapshots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SnapshotsResource {
    private final MapHistory history;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @Inject
    public SnapshotsResource(MapHistory history, RequestActor requestActor) {
        this.history = history;
        this.requestActor = requestActor;
    }


    /** Newest first, paged ({@code ?start=&limit=}, see {@link Paging}). */
    @GET
    public List<StewardshipJson.SnapshotJson> snapshots(@PathParam("mapId") long mapId, @QueryParam("start") String start,
                                                        @QueryParam("limit") String limit) {
        return Paging.page(history.snapshots(actor(), mapId), start, limit, response).stream()
                .map(s -> StewardshipJson.SnapshotJson.of(s, history::nameOf)).toList();
    }


    @POST
    public Response take(@PathParam("mapId") long mapId, StewardshipRequests.LabelBody body) {
        StewardshipRequests.LabelBody b = Requests.body(body);
        long version = Requests.version(b.version());
        Snapshot snapshot = history.takeSnapshot(actor(), mapId, version, b.label());
        return Response.status(Response.Status.CREATED)
                .entity(new StewardshipJson.SnapshotResult(StewardshipJson.SnapshotJson.of(snapshot, history::nameOf), version + 1)).build();
    }


    @GET
    @Path("/{snapshotId: [0-9]+}")
    public StewardshipJson.SnapshotJson snapshot(@PathParam("mapId") long mapId, @PathParam("snapshotId") long snapshotId) {
        return StewardshipJson.SnapshotJson.of(history.snapshot(actor(), mapId, snapshotId), history::nameOf);
    }


    @GET
    @Path("/diff")
    public StewardshipJson.DiffJson diff(@PathParam("mapId") long mapId, @QueryParam("from") String fromParam,
                                         @QueryParam("to") String toParam) {
        Long from = Requests.longParam(fromParam, "from");
        Long to = Requests.longParam(toParam, "to");
        if (from == null) {
            throw ValidationException.field("from", "Give the snapshot to compare from (?from=ID); omit ?to= to compare with now.");
        }
        return StewardshipJson.DiffJson.of("snapshot:" + from, to == null ? "current" : "snapshot:" + to, "card-id",
                history.compareSnapshots(actor(), mapId, from, to));
    }

    /**
     * What restoring the snapshot would change in the map now (stages, lanes and cards added, removed, changed) and the
     * map's version to quote: 400 for a snapshot taken before snapshots kept the whole board.
     */
    @GET
    @Path("/{snapshotId: [0-9]+}/restore")
    public RestorePreview restorePreview(@PathParam("mapId") long mapId, @PathParam("snapshotId") long snapshotId) {
        return history.restorePreview(actor(), mapId, snapshotId);
    }

    /**
     * Restores the snapshot into the map ({@code {"version": N}}, strict: 409 if the map changed since N) as one new
     * version, after keeping a snapshot of the map as it was; answers that snapshot and the map's new version.
     * 400 for a snapshot of the old format (nothing changes), 403 without edit permission, 404 unknown snapshot.
     */
    @POST
    @Path("/{snapshotId: [0-9]+}/restore")
    public StewardshipJson.SnapshotResult restore(@PathParam("mapId") long mapId, @PathParam("snapshotId") long snapshotId,
                                                  UndoResource.Body body) {
        long version = Requests.version(Requests.body(body).version());
        Snapshot safety = history.restore(actor(), mapId, version, snapshotId);
        return new StewardshipJson.SnapshotResult(StewardshipJson.SnapshotJson.of(safety, history::nameOf), version + 1);
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }
}
