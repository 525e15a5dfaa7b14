package dev.journeymaps.jira.jql;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.IssueSets;
import dev.journeymaps.app.work.LinkedIssueSet;
import dev.journeymaps.domain.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The JQL functions against the declared Jira 11 API: operands, permissions, empty sets, unknown maps. */
class LinkedIssuesFunctionTest {
    private static final Actor ALICE = new Actor("JIRAUSER10100", "Alice");

    private final IssueSets sets = mock(IssueSets.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final TerminalClause clause = mock(TerminalClause.class);
    private final QueryCreationContext context = mock(QueryCreationContext.class);
    private PainPointIssuesFunction function;

    @BeforeEach
    void setUp() {
        when(alice.getKey()).thenReturn("JIRAUSER10100");
        when(alice.getDisplayName()).thenReturn("Alice");
        when(context.getApplicationUser()).thenReturn(alice);
        function = new PainPointIssuesFunction(sets, issueManager, permissions);
        JqlFunctionModuleDescriptor descriptor = mock(JqlFunctionModuleDescriptor.class);
        when(descriptor.getFunctionName()).thenReturn("painPointIssues");
        when(descriptor.isList()).thenReturn(true);
        function.init(descriptor);
    }

    private static FunctionOperand operand(String... args) {
        return new FunctionOperand("painPointIssues", List.of(args));
    }

    private static Issue issue(long id) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        return issue;
    }

    @Test
    void describesItselfAsAListOfIssues() {
        assertThat(function.getFunctionName()).isEqualTo("painPointIssues");
        assertThat(function.isList()).isTrue();
        assertThat(function.getDataType()).isSameAs(JiraDataTypes.ISSUE);
        assertThat(function.getMinimumNumberOfExpectedArguments()).isEqualTo(1);
    }

    @Test
    void takesAProjectThenOptionallyAMapAndAStage() {
        when(sets.linked(ALICE, IssueSets.Kind.PAIN_POINTS, "DEMO", "Onboarding", "Evaluate")).thenReturn(new LinkedIssueSet(List.of()));

        assertThat(function.validate(alice, operand("DEMO", "Onboarding", "Evaluate"), clause).hasAnyErrors()).isFalse();
        assertThat(function.validate(alice, operand(), clause).getErrorMessages()).singleElement().asString()
                .contains("takes a project key", "painPointIssues(\"DEMO\"");
        assertThat(function.validate(alice, operand("A", "B", "C", "D"), clause).hasAnyErrors()).isTrue();
    }

    @Test
    void anUnknownMapIsAValidationMessageNamingIt() {
        when(sets.linked(ALICE, IssueSets.Kind.PAIN_POINTS, "DEMO", "Nope", null))
                .thenThrow(ValidationException.field("map", "No journey map \"Nope\" in project DEMO."));

        assertThat(function.validate(alice, operand("DEMO", "Nope"), clause).getErrorMessages())
                .containsExactly("Function 'painPointIssues': No journey map \"Nope\" in project DEMO.");
        assertThat(function.getValues(context, operand("DEMO", "Nope"), clause)).isEmpty();
    }

    @Test
    void returnsOnlyTheIssuesTheSearcherMayBrowse() {
        when(sets.linked(ALICE, IssueSets.Kind.PAIN_POINTS, "DEMO", null, null)).thenReturn(new LinkedIssueSet(List.of(10001L, 10002L)));
        Issue visible = issue(10001L);
        Issue hidden = issue(10002L);
        when(issueManager.getIssueObjects(List.of(10001L, 10002L))).thenReturn(List.of(visible, hidden));
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, visible, alice)).thenReturn(true);
        FunctionOperand operand = operand("DEMO");

        List<QueryLiteral> values = function.getValues(context, operand, clause);

        assertThat(values).extracting(QueryLiteral::getLongValue).containsExactly(10001L);
        assertThat(values).extracting(QueryLiteral::getSourceOperand).containsOnly(operand);
    }

    @Test
    void withSecurityOverriddenEveryLinkedIssueCounts() {
        when(context.isSecurityOverriden()).thenReturn(true);
        when(sets.linked(ALICE, IssueSets.Kind.PAIN_POINTS, "DEMO", null, null)).thenReturn(new LinkedIssueSet(List.of(10002L)));
        Issue hidden = issue(10002L);
        when(issueManager.getIssueObjects(List.of(10002L))).thenReturn(List.of(hidden));

        assertThat(function.getValues(context, operand("DEMO"), clause)).extracting(QueryLiteral::getLongValue).containsExactly(10002L);
    }

    @Test
    void noLinkedIssuesIsAnEmptyListWithoutAskingJira() {
        when(sets.linked(ALICE, IssueSets.Kind.PAIN_POINTS, "DEMO", null, null)).thenReturn(new LinkedIssueSet(List.of()));

        assertThat(function.getValues(context, operand("DEMO"), clause)).isEmpty();
        verify(issueManager, never()).getIssueObjects(anyCollection());
    }

    @Test
    void anAnonymousSearcherGetsNothing() {
        when(context.getApplicationUser()).thenReturn(null);
        when(sets.linked(any(), any(), any(), any(), any())).thenThrow(ValidationException.field("project", "No project"));

        assertThat(function.getValues(context, operand("DEMO"), clause)).isEmpty();
    }

    @Test
    void eachFunctionAsksForItsKindOfCards() {
        when(sets.linked(ALICE, IssueSets.Kind.JOURNEY, "DEMO", null, null)).thenReturn(new LinkedIssueSet(List.of()));
        when(sets.linked(ALICE, IssueSets.Kind.OPPORTUNITIES, "DEMO", null, null)).thenReturn(new LinkedIssueSet(List.of()));

        assertThat(new JourneyIssuesFunction(sets, issueManager, permissions).validate(alice, operand("DEMO"), clause).hasAnyErrors()).isFalse();
        assertThat(new OpportunityIssuesFunction(sets, issueManager, permissions).validate(alice, operand("DEMO"), clause).hasAnyErrors()).isFalse();
        verify(sets).linked(ALICE, IssueSets.Kind.JOURNEY, "DEMO", null, null);
        verify(sets).linked(ALICE, IssueSets.Kind.OPPORTUNITIES, "DEMO", null, null);
    }
}
