package dev.journeymaps.web.rest.board;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.PersonaDirectory;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * A project's personas, reused across its maps. Edits quote the persona's {@code version}.
 * Status codes: 200/201/204 success; 400 bad input, or deleting a persona that maps use (the message names
 * them); 401 anonymous; 403 no edit permission; 404 unknown persona or project not visible; 409 stale version.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/personas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonasResource {
    private final PersonaDirectory personas;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public PersonasResource(PersonaDirectory personas, RequestActor requestActor) {
        this.personas = personas;
        this.requestActor = requestActor;
    }

    /** The personas of a project ({@code ?projectKey=KEY}), by name. */
    @GET
    public List<MapJson.PersonaJson> list(@QueryParam("projectKey") String projectKey) {
        return personas.listPersonas(actor(), projectKey).stream().map(MapJson.PersonaJson::of).toList();
    }

    /** Creates a persona in {@code projectKey}. 201. */
    @POST
    public Response create(Requests.PersonaBody body, @Context UriInfo uriInfo) {
        Requests.PersonaBody b = Requests.body(body);
        Persona persona = personas.createPersona(actor(), b.projectKey(), content(b));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(persona.id())).build())
                .entity(MapJson.PersonaJson.of(persona)).build();
    }

    @GET
    @Path("/{personaId}")
    public MapJson.PersonaJson get(@PathParam("personaId") long personaId) {
        return MapJson.PersonaJson.of(personas.viewPersona(actor(), personaId));
    }

    /** Replaces name, description, goals and frustrations. */
    @PUT
    @Path("/{personaId}")
    public MapJson.PersonaJson update(@PathParam("personaId") long personaId, Requests.PersonaBody body) {
        Requests.PersonaBody b = Requests.body(body);
        return MapJson.PersonaJson.of(personas.updatePersona(actor(), personaId, Requests.version(b.version()), content(b)));
    }

    /** Deletes a persona no map uses. 204. */
    @DELETE
    @Path("/{personaId}")
    public Response delete(@PathParam("personaId") long personaId, @QueryParam("version") String version) {
        personas.deletePersona(actor(), personaId, Requests.version(Requests.longParam(version, "version")));
        return Response.noContent().build();
    }

    private static Persona.Content content(Requests.PersonaBody b) {
        return new Persona.Content(b.name(), b.description(), b.goals(), b.frustrations());
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }
}
