package dev.journeymaps.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.IssueSets;
import dev.journeymaps.domain.ValidationException;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code issue in fn("KEY"[, "map title or id"[, "stage"]])}: the issues linked to the cards of a project's maps,
 * of one map, or of one stage of it ({@link IssueSets}). Jira's {@code jql-function} module creates each function
 * with the plugin's beans. Maps the searcher may not view do not count, and of the issues only those the searcher
 * may browse are returned (unless Jira runs the query with security overridden).
 */
abstract class LinkedIssuesFunction implements JqlFunction {
    private static final int MAX_ARGUMENTS = 3;

    private final IssueSets sets;
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final IssueSets.Kind kind;
    private String name;
    private boolean list = true;

    LinkedIssuesFunction(IssueSets sets, IssueManager issueManager, PermissionManager permissionManager, IssueSets.Kind kind,
                         String name) {
        this.sets = sets;
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.kind = kind;
        this.name = name;
    }

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        name = moduleDescriptor.getFunctionName();
        list = moduleDescriptor.isList();
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSetImpl messages = new MessageSetImpl();
        List<String> args = operand.getArgs();
        if (args.isEmpty() || args.size() > MAX_ARGUMENTS) {
            messages.addErrorMessage("Function '" + name + "' takes a project key, then optionally a journey map (title or id)"
                    + " and one of its stages, e.g. " + name + "(\"DEMO\", \"Onboarding\", \"Evaluate\").");
            return messages;
        }
        try {
            sets.linked(actor(searcher), kind, args.get(0), arg(args, 1), arg(args, 2));
        } catch (ValidationException invalid) {
            invalid.fieldErrors().values().forEach(error -> messages.addErrorMessage("Function '" + name + "': " + error));
            invalid.messages().forEach(error -> messages.addErrorMessage("Function '" + name + "': " + error));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.isEmpty() || args.size() > MAX_ARGUMENTS) {
            return List.of();
        }
        ApplicationUser user = context.getApplicationUser();
        List<Long> ids;
        try {
            ids = sets.linked(actor(user), kind, args.get(0), arg(args, 1), arg(args, 2)).issueIds();
        } catch (ValidationException invalid) {
            return List.of(); // validate() has told the user; a query is never failed from here
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<QueryLiteral> values = new ArrayList<>();
        for (Issue issue : issueManager.getIssueObjects(ids)) {
            if (context.isSecurityOverriden() || permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
                values.add(new QueryLiteral(operand, issue.getId()));
            }
        }
        return values;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public String getFunctionName() {
        return name;
    }

    @Override
    public boolean isList() {
        return list;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }

    private static Actor actor(ApplicationUser user) {
        if (user == null) {
            return null;
        }
        String displayName = user.getDisplayName();
        return new Actor(user.getKey(), displayName == null || displayName.isBlank() ? user.getUsername() : displayName);
    }

    private static String arg(List<String> args, int index) {
        return args.size() > index ? args.get(index) : null;
    }
}
