package dev.journeymaps.plugin;

import com.atlassian.jira.issue.Issue;
import com.fasterxml.jackson.databind.JsonNode;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import dev.journeymaps.jira.CoverageDashboardItem;
import dev.journeymaps.jira.IssuePanelCondition;
import dev.journeymaps.web.CoveragePanel;
import dev.journeymaps.jira.jql.JourneyIssuesFunction;
import dev.journeymaps.jira.jql.OpportunityIssuesFunction;
import dev.journeymaps.jira.jql.PainPointIssuesFunction;
import dev.journeymaps.jira.IssuePanelContextProvider;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import dev.journeymaps.web.IssuePanel;
import dev.journeymaps.web.page.MapPagesServlet;
import dev.journeymaps.web.rest.ResourceTour;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Boots the real Spring 6 container the way Jira boots the plugin's: META-INF/spring/plugin-context.xml, whose
 * {@code <atlassian-scanner:scan-indexes/>} brings in our {@code @Component}s and, for each {@code @ComponentImport},
 * a host service (here a Mockito mock: see {@link ScannerStandIn}). Every bean must be created from exactly the
 * refs, arguments and types written down; then every REST resource, the pages servlet and the issue panel's context
 * provider are created by the container, as Jira's REST, servlet and web-panel modules do, and called once.
 */
class PluginWiringTest {
    @TempDir
    static Path dataDir;
    private static EmbeddedDatabase database;
    private static GenericApplicationContext context;
    private static Issue issue;

    @BeforeAll
    static void bootThePluginsContainer() throws Exception {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
        context = new GenericApplicationContext();
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.loadBeanDefinitions(new ClassPathResource("META-INF/spring/plugin-context.xml"));
        context.refresh();
        issue = JiraHostStubs.issue(ResourceTour.ISSUE_ID, "DEMO-7");
        JiraHostStubs.stub(context, database.session(), issue);
    }

    @AfterAll
    static void close() {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyComponentTheScannerWouldIndexIsABean() {
        Set<String> beans = Set.of(context.getBeanDefinitionNames());

        assertThat(PluginComponents.components()).isNotEmpty().allSatisfy(component ->
                assertThat(context.getBeansOfType(component)).as("beans of %s", component.getName()).hasSize(1));
        assertThat(beans).contains("jiraAccessPolicy", "jiraIssueTracker", "jiraDirectory", "jiraBaseUrl", "mapCatalog");
    }

    /**
     * Spring autowires by type whatever a {@code <bean>} leaves out, so a dropped {@code <constructor-arg>} could go
     * unnoticed (or pick another bean of the type): every XML bean must name all its constructor's arguments.
     */
    @Test
    void everyXmlBeanNamesAllItsConstructorArguments() throws Exception {
        ConfigurableListableBeanFactory factory = context.getBeanFactory();
        int checked = 0;
        for (String name : factory.getBeanDefinitionNames()) {
            BeanDefinition bean = factory.getBeanDefinition(name);
            String source = bean.getResourceDescription();
            if (source == null || !source.contains("plugin-context.xml") || bean.getFactoryMethodName() != null
                    || ((AbstractBeanDefinition) bean).getAutowireMode() == AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR) {
                continue;
            }
            int given = bean.getConstructorArgumentValues().getArgumentCount();
            Class<?> type = Class.forName(bean.getBeanClassName());
            assertThat(type.getConstructors()).as("bean %s (%s): a public constructor taking exactly the %d arguments given",
                    name, type.getSimpleName(), given).anyMatch(constructor -> constructor.getParameterCount() == given);
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void everyImportedHostServiceIsAnInterfaceFromTheHost() {
        assertThat(PluginComponents.imports()).isNotEmpty().allSatisfy((name, type) -> {
            assertThat(type.isInterface()).as("%s: OSGi services are imported by interface", type.getName()).isTrue();
            assertThat(type.getName()).as("%s is Jira's, not ours", name).startsWith("com.atlassian.");
        });
    }

    @Test
    void everyRestResourceIsCreatedByTheContainerAndAnswers() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);

        Set<Class<?>> called = ResourceTour.callEveryResource(PluginWiringTest::create, request, JiraHostStubs.PROJECT);

        assertThat(called).as("the tour calls every resource Jira's REST module would serve")
                .containsExactlyInAnyOrderElementsOf(ResourceTour.resourceClasses());
    }

    @Test
    void thePagesServletIsCreatedByTheContainerAndRendersAProject() throws Exception {
        MapPagesServlet servlet = create(MapPagesServlet.class);
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn("GET");
        when(request.getPathInfo()).thenReturn("/project/" + JiraHostStubs.PROJECT);
        when(request.getServletPath()).thenReturn("/plugins/servlet/journeymaps");
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter body = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(body));

        servlet.service(request, response);

        assertThat(body.toString()).startsWith("rendered templates/map-list.vm");
    }

    /** The live board's fragment is served by the same servlet in Jira, next to the map page, checked the same way. */
    @Test
    void thePagesServletRendersTheLiveBoardsCardFragmentAndRefusesBadIds() throws Exception {
        ResourceTour.callEveryResource(PluginWiringTest::create, mock(HttpServletRequest.class), "FRAG");
        com.fasterxml.jackson.databind.JsonNode maps = dev.journeymaps.web.rest.RestJson.mapper().valueToTree(
                create(dev.journeymaps.web.rest.board.MapsResource.class).list("FRAG", null, null, null, null));
        long mapId = maps.get(0).get("map").get("id").asLong();
        MapPagesServlet servlet = create(MapPagesServlet.class);

        for (String[] call : new String[][]{{"1,2", "rendered templates/map-cards.vm"}, {"1,x", "rendered templates/status.vm"}}) {
            HttpServletRequest request = mock(HttpServletRequest.class);
            when(request.getMethod()).thenReturn("GET");
            when(request.getPathInfo()).thenReturn("/map/" + mapId + "/cards");
            when(request.getParameter("ids")).thenReturn(call[0]);
            when(request.getServletPath()).thenReturn("/plugins/servlet/journeymaps");
            HttpServletResponse response = mock(HttpServletResponse.class);
            StringWriter body = new StringWriter();
            when(response.getWriter()).thenReturn(new PrintWriter(body));

            servlet.service(request, response);

            assertThat(body.toString()).as(call[0]).startsWith(call[1]);
            org.mockito.Mockito.verify(response).setStatus(call[0].contains("x") ? 400 : 200);
        }
    }

    @Test
    void theIssuePanelsContextProviderIsCreatedByTheContainer() {
        ContextProvider provider = create(IssuePanelContextProvider.class);
        provider.init(Map.of());

        Map<String, Object> model = provider.getContextMap(JiraHostStubs.issueContext(issue));

        assertThat(model.get("panel")).isInstanceOf(IssuePanel.class);
    }

    @Test
    void theIssuePanelsConditionIsCreatedByTheContainerAndSeesTheLinkedIssue() {
        IssuePanelCondition condition = create(IssuePanelCondition.class);

        assertThat(condition.shouldDisplay(JiraHostStubs.issueContext(JiraHostStubs.issue(99999L, "DEMO-99")))).isFalse();
    }

    @Test
    void theJqlFunctionsAreCreatedByTheContainerAndFindTheLinkedIssue() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        ResourceTour.callEveryResource(PluginWiringTest::create, request, "TOUR");
        com.atlassian.jira.user.ApplicationUser user = context.getBean(com.atlassian.jira.security.JiraAuthenticationContext.class)
                .getLoggedInUser();
        com.atlassian.jira.jql.query.QueryCreationContext searching = mock(com.atlassian.jira.jql.query.QueryCreationContext.class);
        when(searching.getApplicationUser()).thenReturn(user);

        for (Class<? extends JqlFunction> type : List.of(JourneyIssuesFunction.class, PainPointIssuesFunction.class,
                OpportunityIssuesFunction.class)) {
            JqlFunction function = create(type);
            assertThat(function.getValues(searching, new FunctionOperand("fn", List.of("TOUR")), mock(TerminalClause.class)))
                    .as(type.getSimpleName()).extracting(QueryLiteral::getLongValue)
                    .isEqualTo(type == OpportunityIssuesFunction.class ? List.of() : List.of(ResourceTour.ISSUE_ID));
        }
    }

    @Test
    void theDashboardItemIsCreatedByTheContainerAndSummarisesAProject() throws Exception {
        ResourceTour.callEveryResource(PluginWiringTest::create, mock(HttpServletRequest.class), "DASH");
        ContextProvider item = create(CoverageDashboardItem.class);
        item.init(Map.of());

        CoveragePanel panel = (CoveragePanel) item.getContextMap(Map.of()).get("coverage");

        CoveragePanel.Row dash = panel.projects().stream().filter(row -> row.projectKey().equals("DASH")).findFirst().orElseThrow();
        // the tour's pain point has linked work; its copy on the future-state map has none
        assertThat(dash.coveragePercent()).isEqualTo(50);
        assertThat(dash.topUnowned()).extracting(CoveragePanel.Link::text).isNotEmpty().containsOnly("Setup takes a week");
        assertThat(dash.projectUrl()).isEqualTo("http://jira.test/plugins/servlet/journeymaps/project/DASH");
    }

    /**
     * A 409 in Jira names the other author by the display name Jira's {@code UserManager} gives for their key
     * (JIRAUSER10100 → "Alice Example"), through the wired {@code jiraDirectory}; the key stays in the body's facts.
     */
    @Test
    void aConflictInJiraNamesTheAuthorByDisplayName() {
        com.atlassian.jira.user.ApplicationUser user = context.getBean(com.atlassian.jira.security.JiraAuthenticationContext.class)
                .getLoggedInUser();
        when(context.getBean(com.atlassian.jira.user.util.UserManager.class).getUserByKey(JiraHostStubs.USER_KEY)).thenReturn(user);
        dev.journeymaps.app.Actor actor = new dev.journeymaps.app.Actor(JiraHostStubs.USER_KEY, "Alice Example");
        dev.journeymaps.domain.board.MapBoard board = context.getBean(dev.journeymaps.app.board.MapCatalog.class).createMap(actor,
                "NAMES", new dev.journeymaps.domain.board.MapDetails("Names", dev.journeymaps.domain.board.MapType.CURRENT_STATE,
                        dev.journeymaps.domain.board.ScopeCard.EMPTY, ""));
        dev.journeymaps.app.board.BoardEditor editor = context.getBean(dev.journeymaps.app.board.BoardEditor.class);
        long cardId = editor.addCard(actor, board.map().id(), board.version(), board.lanes().get(0).id(),
                board.stages().get(0).id(), null, new dev.journeymaps.domain.board.Card.Content("Slow refunds", "")).id();
        long quoted = board.version() + 1;
        editor.editCard(actor, board.map().id(), quoted, cardId, new dev.journeymaps.domain.board.Card.Content("Slower refunds", ""));

        dev.journeymaps.app.ConflictException conflict = org.junit.jupiter.api.Assertions.assertThrows(
                dev.journeymaps.app.ConflictException.class, () -> editor.editCard(actor, board.map().id(), quoted, cardId,
                        new dev.journeymaps.domain.board.Card.Content("Mine", "")));

        assertThat(conflict.getMessage()).startsWith("'Slower refunds' was changed by Alice Example at version " + (quoted + 1))
                .doesNotContain(JiraHostStubs.USER_KEY);
        JsonNode body = dev.journeymaps.web.rest.RestJson.mapper().valueToTree(
                new dev.journeymaps.web.rest.RestExceptionMappers.Conflict().toResponse(conflict).getEntity());
        assertThat(body.at("/conflict/authorKey").asText()).isEqualTo(JiraHostStubs.USER_KEY);
        assertThat(body.at("/conflict/authorName").asText()).isEqualTo("Alice Example");
    }

    /** How the plugin system creates module classes (servlets, context providers, REST resources): autowired by constructor. */
    static <T> T create(Class<T> type) {
        return type.cast(context.getAutowireCapableBeanFactory().createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
    }

}
