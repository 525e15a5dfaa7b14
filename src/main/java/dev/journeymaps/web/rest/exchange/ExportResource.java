package dev.journeymaps.web.rest.exchange;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.exchange.MapExport;
import dev.journeymaps.app.exchange.MapExporter;
import dev.journeymaps.app.exchange.MapTransfer;
import dev.journeymaps.web.rest.RestJson;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.RequestActor;
import dev.journeymaps.web.page.exchange.BoardSvg;
import dev.journeymaps.web.page.exchange.CsvExports;
import dev.journeymaps.web.page.exchange.ExportOptions;
import dev.journeymaps.web.page.exchange.MapPdf;
import dev.journeymaps.web.page.exchange.SvgPng;
import dev.journeymaps.web.page.work.WorkFilter;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.web.rest.stewardship.StewardshipRequests;
import dev.journeymaps.app.BaseUrl;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Exports of a map, rendered on the server, each as a download ({@code Content-Disposition: attachment}):
 * <ul>
 *   <li>{@code GET /maps/{id}/export/json} — the map as an export document to import elsewhere</li>
 *   <li>{@code GET /maps/{id}/export/svg} — the whole board as SVG (text stays text); {@code /png[?width=]} the same
 *       rasterised (200–8000 px wide, default the SVG's width)</li>
 *   <li>{@code GET /maps/{id}/export/pdf[?sort=&filter=]} — a document: scope card, the board on landscape pages, the
 *       ranked action list (sorted and filtered as {@code /priorities}), the evidence appendix</li>
 *   <li>{@code GET /maps/{id}/export/priorities.csv[?sort=&filter=]} — the ranked action list (as {@code /priorities});
 *       {@code /cards.csv} every card; {@code /evidence.csv} the evidence. UTF-8 with BOM, formula cells neutralised</li>
 * </ul>
 * Options: {@code work=all|unlinked|in-progress|done} (the board's filter: other cards dimmed in images, left out of
 * cards.csv), {@code metadata=hide} (no owner, version, evidence counts), {@code from=&to=} (1-based stage range).
 * Status codes: 200; 400 bad option (field named); 401 anonymous; 404 unknown or invisible map.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/export")
public class ExportResource {
    private final MapExporter exporter;
    private final MapTransfer transfer;
    private final Messages messages;
    private final RequestActor requestActor;
    private final BaseUrl baseUrl;

    @Context
    private HttpServletRequest request;

    @Inject
    public ExportResource(MapExporter exporter, MapTransfer transfer, Messages messages, RequestActor requestActor, BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
        this.exporter = exporter;
        this.transfer = transfer;
        this.messages = messages;
        this.requestActor = requestActor;
    }

    /** The map as an export document (docs/export-schema.json), to import elsewhere. */
    @GET
    @Path("/json")
    @Produces("application/json")
    public Response json(@PathParam("mapId") long mapId) {
        return download(jsonBytes(transfer.exportMap(actor(), mapId)), "application/json;charset=UTF-8", mapId, "json");
    }

    /** An export document as indented JSON, by the one REST mapper. */
    static byte[] jsonBytes(Object document) {
        try {
            return RestJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("An export document could not be written as JSON", e);
        }
    }

    @GET
    @Path("/svg")
    @Produces("image/svg+xml")
    public Response svg(@PathParam("mapId") long mapId, @QueryParam("work") String work, @QueryParam("metadata") String metadata,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        ExportOptions options = options(work, metadata, from, to).at(baseUrl.mapPage(mapId));
        String svg = new BoardSvg(messages).render(exporter.map(actor(), mapId), options);
        return download(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml;charset=UTF-8", mapId, "svg");
    }

    @GET
    @Path("/png")
    @Produces("image/png")
    public Response png(@PathParam("mapId") long mapId, @QueryParam("work") String work, @QueryParam("metadata") String metadata,
                        @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("width") String width) {
        ExportOptions options = options(work, metadata, from, to);
        Integer pixels = Requests.intParam(width, "width");
        String svg = new BoardSvg(messages).render(exporter.map(actor(), mapId), options);
        return download(SvgPng.render(svg, pixels), "image/png", mapId, "png");
    }

    @GET
    @Path("/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("mapId") long mapId, @QueryParam("work") String work, @QueryParam("metadata") String metadata,
                        @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("sort") String sort,
                        @QueryParam("filter") List<String> filters) {
        ExportOptions options = options(work, metadata, from, to).at(baseUrl.mapPage(mapId));
        Actor actor = actor();
        MapExport export = exporter.map(actor, mapId);
        byte[] pdf = new MapPdf(messages).render(export, exporter.review(actor, mapId), exporter::name, options,
                StewardshipRequests.order(sort), StewardshipRequests.filters(filters));
        return download(pdf, "application/pdf", mapId, "pdf");
    }

    @GET
    @Path("/priorities.csv")
    @Produces("text/csv")
    public Response priorities(@PathParam("mapId") long mapId, @QueryParam("sort") String sort,
                               @QueryParam("filter") List<String> filters, @QueryParam("metadata") String metadata) {
        ExportOptions options = options(null, metadata, null, null);
        MapExport export = exporter.map(actor(), mapId);
        CsvExports csv = new CsvExports(messages);
        return download(csv.ranked(export.priorities(), csv.work(export.work()), StewardshipRequests.order(sort),
                StewardshipRequests.filters(filters), options.hideMetadata()), "text/csv;charset=UTF-8", mapId, "priorities.csv");
    }

    @GET
    @Path("/cards.csv")
    @Produces("text/csv")
    public Response cards(@PathParam("mapId") long mapId, @QueryParam("work") String work,
                          @QueryParam("from") String from, @QueryParam("to") String to) {
        ExportOptions options = options(work, null, from, to);
        return download(new CsvExports(messages).cards(exporter.map(actor(), mapId), options), "text/csv;charset=UTF-8", mapId,
                "cards.csv");
    }

    @GET
    @Path("/evidence.csv")
    @Produces("text/csv")
    public Response evidence(@PathParam("mapId") long mapId, @QueryParam("from") String from, @QueryParam("to") String to) {
        ExportOptions options = options(null, null, from, to);
        return download(new CsvExports(messages).evidence(exporter.map(actor(), mapId), options), "text/csv;charset=UTF-8", mapId,
                "evidence.csv");
    }

    static ExportOptions options(String work, String metadata, String from, String to) {
        return new ExportOptions(WorkFilter.fromKey(work), "hide".equalsIgnoreCase(metadata == null ? "" : metadata.strip()),
                Requests.intParam(from, "from"), Requests.intParam(to, "to"));
    }

    static Response download(byte[] body, String type, Object id, String suffix) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"journey-map-" + id + "." + suffix + "\"")
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }
}
