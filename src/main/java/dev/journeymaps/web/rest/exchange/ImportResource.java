package dev.journeymaps.web.rest.exchange;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.app.exchange.ExchangeDocument;
import dev.journeymaps.app.exchange.ImportReport;
import dev.journeymaps.app.exchange.MapTransfer;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.web.RequestActor;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /projects/{KEY}/import[?preview=true][&user=sourceKey=targetKey…][&issues=resolve][&issueProject=OLD=NEW…]}
 * with an export document (JSON,
 * docs/export-schema.json) as the body: imports its maps and personas into project KEY (any key: the document's own is
 * replaced). {@code preview=true} writes nothing and answers what would happen. The answer lists each map as created or
 * unchanged (a second import of the same file creates nothing), the personas created and the users the target does not
 * know (kept as written). With {@code issues=resolve} (or any {@code issueProject=} mapping; for a move to another Jira
 * site) each link is looked for on this host's Jira by key (project renamed by the mapping), then by id; the answer's
 * {@code issues} counts both and lists the links found neither way, which are kept as unresolved links on their cards.
 * Status codes: 200; 400 not JSON (line and column), wrong schema version or invalid content
 * (each problem named by its path, e.g. {@code maps[0].cards[3].text}) — nothing written; 401; 403 no edit permission
 * on KEY; 413 over the body limit.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/projects/{projectKey}/import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImportResource {
    private final MapTransfer transfer;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public ImportResource(MapTransfer transfer, RequestActor requestActor) {
        this.transfer = transfer;
        this.requestActor = requestActor;
    }

    @POST
    public ImportReport importDocument(@PathParam("projectKey") String projectKey, @QueryParam("preview") String preview,
                                       @QueryParam("user") List<String> users, @QueryParam("issues") String issues,
                                       @QueryParam("issueProject") List<String> issueProjects, ExchangeDocument document) {
        Requests.body(document);
        boolean dryRun = preview != null && !preview.isBlank() && !"false".equalsIgnoreCase(preview.strip());
        if (issues != null && !issues.isBlank() && !"resolve".equals(issues.strip()) && !"keep".equals(issues.strip())) {
            throw ValidationException.field("issues", "Choose resolve (find each issue on this Jira) or keep (links as written).");
        }
        boolean resolve = "resolve".equals(issues == null ? "" : issues.strip()) || (issueProjects != null && !issueProjects.isEmpty());
        return transfer.importInto(CallerResolver.require(requestActor, request), projectKey, document, users(users),
                resolve ? pairs(issueProjects, "issueProject", "Map a Jira project as OLD=NEW.") : null, dryRun);
    }

    /** {@code user=alice=alice@example.com}: source key, "=", target key. */
    static Map<String, String> users(List<String> pairs) {
        return pairs(pairs, "user", "Map a user as sourceKey=targetKey.");
    }

    private static Map<String, String> pairs(List<String> pairs, String field, String message) {
        Map<String, String> mapped = new LinkedHashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw ValidationException.field(field, message);
            }
            mapped.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return mapped;
    }
}
