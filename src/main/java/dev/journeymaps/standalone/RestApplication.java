package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.journeymaps.app.BaseUrl;
import dev.journeymaps.app.BoardEditor;
import dev.journeymaps.app.EvidenceEditor;
import dev.journeymaps.app.IssueFinder;
import dev.journeymaps.app.MapCatalog;
import dev.journeymaps.app.MapHistory;
import dev.journeymaps.app.MapReviews;
import dev.journeymaps.app.Ownership;
import dev.journeymaps.app.PersonaDirectory;
import dev.journeymaps.app.Prioritizer;
import dev.journeymaps.app.WorkLinker;
import dev.journeymaps.app.WorkStatusReader;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.RequestActor;
import dev.journeymaps.web.ViewRenderer;
import dev.journeymaps.web.rest.CardIssuesResource;
import dev.journeymaps.web.rest.CardLinksResource;
import dev.journeymaps.web.rest.CardsResource;
import dev.journeymaps.web.rest.CompareResource;
import dev.journeymaps.web.rest.EvidenceResource;
import dev.journeymaps.web.rest.HistoryResource;
import dev.journeymaps.web.rest.IssuePanelResource;
import dev.journeymaps.web.rest.IssueTrackerErrors;
import dev.journeymaps.web.rest.IssuesResource;
import dev.journeymaps.web.rest.LanesResource;
import dev.journeymaps.web.rest.MapOwnerResource;
import dev.journeymaps.web.rest.MapStatusResource;
import dev.journeymaps.web.rest.MapsResource;
import dev.journeymaps.web.rest.PersonasResource;
import dev.journeymaps.web.rest.PrioritiesResource;
import dev.journeymaps.web.rest.ProjectStatusResource;
import dev.journeymaps.web.rest.ProjectsResource;
import dev.journeymaps.web.rest.RestExceptionMappers;
import dev.journeymaps.web.rest.ReviewResource;
import dev.journeymaps.web.rest.ScoringResource;
import dev.journeymaps.web.rest.SnapshotsResource;
import dev.journeymaps.web.rest.StagesResource;
import dev.journeymaps.web.rest.TriageResource;
import dev.journeymaps.web.rest.UsersResource;
import jakarta.ws.rs.ext.ContextResolver;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

import java.util.List;

/** The REST API in Jersey, with the same resources the Jira plugin registers through its rest module. */
final class RestApplication extends ResourceConfig {
    private static final List<Class<?>> STEWARDSHIP_RESOURCES = List.of(PrioritiesResource.class, ProjectsResource.class,
            ScoringResource.class, TriageResource.class, MapOwnerResource.class, UsersResource.class, ReviewResource.class,
            SnapshotsResource.class, HistoryResource.class, CompareResource.class);

    RestApplication(UseCases useCases, RequestActor requestActor, WorkWiring work, ViewRenderer renderer, Messages messages) {
        register(MapsResource.class);
        register(StagesResource.class);
        register(LanesResource.class);
        register(CardsResource.class);
        register(EvidenceResource.class);
        register(PersonasResource.class);
        // linked work
        register(MapStatusResource.class);
        register(ProjectStatusResource.class);
        register(CardLinksResource.class);
        register(CardIssuesResource.class);
        register(IssuesResource.class);
        register(IssuePanelResource.class);
        register(IssueTrackerErrors.class);
        for (Class<?> mapper : RestExceptionMappers.class.getDeclaredClasses()) {
            register(mapper);
        }
        // Our mapper answers malformed JSON in Jira's error shape, so leave Jackson's own mappers out.
        register(JacksonFeature.withoutExceptionMappers());
        // A class, not a lambda: Jersey finds a resolver's type from its generic interface, which a lambda erases.
        register(new JsonMapperResolver());
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(useCases.catalog()).to(MapCatalog.class);
                bind(useCases.editor()).to(BoardEditor.class);
                bind(useCases.evidence()).to(EvidenceEditor.class);
                bind(useCases.personas()).to(PersonaDirectory.class);
                bind(requestActor).to(RequestActor.class);
                bind(work.reader).to(WorkStatusReader.class);
                bind(work.linker).to(WorkLinker.class);
                bind(work.finder).to(IssueFinder.class);
                bind(work.baseUrl).to(BaseUrl.class);
                bind(renderer).to(ViewRenderer.class);
                bind(messages).to(Messages.class);
            }
        });
    }

    /** Adds prioritization, ownership, review cadence and history resources and their use cases. */
    RestApplication with(Stewardship stewardship) {
        for (Class<?> resource : STEWARDSHIP_RESOURCES) {
            register(resource);
        }
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(stewardship.prioritizer()).to(Prioritizer.class);
                bind(stewardship.ownership()).to(Ownership.class);
                bind(stewardship.reviews()).to(MapReviews.class);
                bind(stewardship.history()).to(MapHistory.class);
            }
        });
        return this;
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Jackson as Jira's REST API writes it: ISO-8601 instants, not epoch numbers. */
    static final class JsonMapperResolver implements ContextResolver<ObjectMapper> {
        private final ObjectMapper mapper = objectMapper();

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }
}
