package dev.journeymaps.web.rest.exchange;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.app.exchange.ExchangeDocument;
import dev.journeymaps.app.exchange.MapExporter;
import dev.journeymaps.app.exchange.MapTransfer;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.RequestActor;
import dev.journeymaps.web.page.exchange.CsvExports;
import dev.journeymaps.web.page.work.CardWork;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.stewardship.StewardshipRequests;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports of a project: {@code GET /projects/{KEY}/export/json}, every map and persona as one export document; {@code GET /projects/{KEY}/export/priorities.csv[?sort=&filter=&metadata=hide]}, the ranked
 * action list of all its maps (as {@code /projects/{KEY}/priorities} ranks it) with owners and linked work.
 * Status codes: 200; 400 malformed key or bad option; 401 anonymous; 404 project not visible.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/projects/{projectKey}/export")
public class ProjectExportResource {
    private final MapExporter exporter;
    private final MapTransfer transfer;
    private final Messages messages;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public ProjectExportResource(MapExporter exporter, MapTransfer transfer, Messages messages, RequestActor requestActor) {
        this.exporter = exporter;
        this.transfer = transfer;
        this.messages = messages;
        this.requestActor = requestActor;
    }

    /** Every map and persona of the project as one export document (docs/export-schema.json). */
    @GET
    @Path("/json")
    @Produces("application/json")
    public Response json(@PathParam("projectKey") String projectKey) {
        ExchangeDocument doc = transfer.exportProject(CallerResolver.require(requestActor, request), projectKey);
        return ExportResource.download(ExportResource.jsonBytes(doc), "application/json;charset=UTF-8", doc.projectKey(), "json");
    }

    @GET
    @Path("/priorities.csv")
    @Produces("text/csv")
    public Response priorities(@PathParam("projectKey") String projectKey, @QueryParam("sort") String sort,
                               @QueryParam("filter") List<String> filters, @QueryParam("metadata") String metadata) {
        boolean hide = ExportResource.options(null, metadata, null, null).hideMetadata();
        MapExporter.ProjectExport project = exporter.project(CallerResolver.require(requestActor, request), projectKey);
        CsvExports csv = new CsvExports(messages);
        Map<Long, CardWork> work = new HashMap<>();
        project.maps().forEach(map -> work.putAll(csv.work(map)));
        byte[] body = csv.ranked(project.priorities(), work, StewardshipRequests.order(sort), StewardshipRequests.filters(filters), hide);
        return ExportResource.download(body, "text/csv;charset=UTF-8", project.priorities().projectKey(), "priorities.csv");
    }
}
