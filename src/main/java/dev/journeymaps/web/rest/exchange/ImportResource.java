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
 * {@code POST /projects/{KEY}/import[?preview=true][&user=sourceKey=targetKey…]} with an export document (JSON,
 * docs/export-schema.json) as the body: imports its maps and personas into project KEY (any key: the document's own is
 * replaced). {@code preview=true} writes nothing and answers what would happen. The answer lists each map as created or
 * unchanged (a second import of the same file creates nothing), the personas created and the users the target does not
 * know (kept as written). Status codes: 200; 400 not JSON (line and column), wrong schema version or invalid content
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
                                       @QueryParam("user") List<String> users, ExchangeDocument document) {
        Requests.body(document);
        boolean dryRun = preview != null && !preview.isBlank() && !"false".equalsIgnoreCase(preview.strip());
        return transfer.importInto(CallerResolver.require(requestActor, request), projectKey, document, users(users), dryRun);
    }

    /** {@code user=alice=alice@example.com}: source key, "=", target key. */
    static Map<String, String> users(List<String> pairs) {
        Map<String, String> users = new LinkedHashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw ValidationException.field("user", "Map a user as sourceKey=targetKey.");
            }
            users.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return users;
    }
}
