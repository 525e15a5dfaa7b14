package dev.journeymaps.standalone;

import dev.journeymaps.app.BaseUrl;
import dev.journeymaps.app.exchange.MapExporter;
import dev.journeymaps.app.exchange.MapTransfer;
import dev.journeymaps.web.rest.exchange.ImportResource;
import dev.journeymaps.web.rest.exchange.ExportResource;
import dev.journeymaps.web.rest.exchange.ProjectExportResource;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.EvidenceEditor;
import dev.journeymaps.app.work.IssueFinder;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.history.MapHistory;
import dev.journeymaps.app.history.MapReviews;
import dev.journeymaps.app.stewardship.Ownership;
import dev.journeymaps.app.board.PersonaDirectory;
import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.app.work.WorkLinker;
import dev.journeymaps.app.work.WorkStatusReader;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.EvidenceEditor;
import dev.journeymaps.app.work.IssueFinder;
import dev.journeymaps.app.work.IssueSets;
import dev.journeymaps.web.IssueUrls;
import dev.journeymaps.web.rest.work.IssueSetsResource;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.history.MapHistory;
import dev.journeymaps.app.history.MapReviews;
import dev.journeymaps.app.stewardship.Ownership;
import dev.journeymaps.app.board.PersonaDirectory;
import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.app.work.WorkLinker;
import dev.journeymaps.app.work.WorkStatusReader;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.RequestActor;
import dev.journeymaps.web.ViewRenderer;
import dev.journeymaps.web.rest.work.CardIssuesResource;
import dev.journeymaps.web.rest.work.CardLinksResource;
import dev.journeymaps.web.rest.board.CardsResource;
import dev.journeymaps.web.rest.history.CompareResource;
import dev.journeymaps.web.rest.board.EvidenceResource;
import dev.journeymaps.web.rest.history.HistoryResource;
import dev.journeymaps.web.rest.history.UndoResource;
import dev.journeymaps.app.history.BoardUndo;
import dev.journeymaps.web.rest.work.IssuePanelResource;
import dev.journeymaps.web.rest.work.IssueTrackerErrors;
import dev.journeymaps.web.rest.work.IssuesResource;
import dev.journeymaps.web.rest.board.LanesResource;
import dev.journeymaps.web.rest.stewardship.MapOwnerResource;
import dev.journeymaps.web.rest.work.MapStatusResource;
import dev.journeymaps.web.rest.board.MapsResource;
import dev.journeymaps.web.rest.board.PersonasResource;
import dev.journeymaps.web.rest.stewardship.PrioritiesResource;
import dev.journeymaps.web.rest.work.ProjectIssueTypesResource;
import dev.journeymaps.web.rest.work.ProjectStatusResource;
import dev.journeymaps.web.rest.stewardship.ProjectsResource;
import dev.journeymaps.web.rest.RestExceptionMappers;
import dev.journeymaps.web.rest.RestJson;
import dev.journeymaps.web.rest.history.ReviewResource;
import dev.journeymaps.web.rest.stewardship.ScoringResource;
import dev.journeymaps.web.rest.history.SnapshotsResource;
import dev.journeymaps.web.rest.board.StagesResource;
import dev.journeymaps.web.rest.stewardship.TriageResource;
import dev.journeymaps.web.rest.stewardship.UsersResource;
import dev.journeymaps.web.rest.comments.CommentsResource;
import dev.journeymaps.web.rest.comments.NoticesResource;
import dev.journeymaps.app.comments.CardComments;
import dev.journeymaps.app.comments.ForYou;
import dev.journeymaps.standalone.comments.Comments;
import dev.journeymaps.app.live.LiveBoard;
import dev.journeymaps.web.rest.live.LiveResource;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

import java.util.List;

/** The REST API in Jersey, with the same resources the Jira plugin registers through its rest module. */
final class RestApplication extends ResourceConfig {
    private static final List<Class<?>> STEWARDSHIP_RESOURCES = List.of(PrioritiesResource.class, ProjectsResource.class,
            ScoringResource.class, TriageResource.class, MapOwnerResource.class, UsersResource.class, ReviewResource.class,
            SnapshotsResource.class, HistoryResource.class, CompareResource.class, UndoResource.class);

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
        register(ProjectIssueTypesResource.class);
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
        // The same JSON rules as in Jira, where the rest module finds this @Provider in dev.journeymaps.web.rest.
        register(RestJson.class);
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

    /** Adds the issue sets behind Jira's JQL functions (GET /projects/{KEY}/issue-sets/{kind}) and their Jira links. */
    RestApplication with(IssueSets sets, IssueUrls issueUrls) {
        register(IssueSetsResource.class);
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(sets).to(IssueSets.class);
                bind(issueUrls).to(IssueUrls.class);
            }
        });
        return this;
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
                bind(stewardship.undo()).to(BoardUndo.class);
            }
        });
        return this;
    }

    /** Adds comments on cards and the dismissal of one's "For you" notices. */
    RestApplication with(Comments comments) {
        register(CommentsResource.class);
        register(NoticesResource.class);
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(comments.comments()).to(CardComments.class);
                bind(comments.forYou()).to(ForYou.class);
            }
        });
        return this;
    }

    /** Adds the live board: changes since a version (long polling) and presence. */
    RestApplication with(LiveBoard live) {
        register(LiveResource.class);
        register(dev.journeymaps.web.rest.live.PresenceResource.class);
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(live).to(LiveBoard.class);
            }
        });
        return this;
    }

    /** Adds the exports of maps and projects (JSON, SVG, PNG, CSV) and the import of export documents. */
    RestApplication with(MapExporter exporter, MapTransfer transfer) {
        register(ExportResource.class);
        register(ProjectExportResource.class);
        register(ImportResource.class);
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(exporter).to(MapExporter.class);
                bind(transfer).to(MapTransfer.class);
            }
        });
        return this;
    }
}
