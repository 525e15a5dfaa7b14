package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issues of the stand-in Jira and the JQL it understands (the clauses a client of ours sends): {@code id in (…)},
 * {@code key = "X"}, {@code parent in (…)} and {@code "Epic Link" in (…)}. Shapes follow Atlassian's REST reference
 * (issue: id as a string, key, fields.summary/issuetype/status.statusCategory.key/assignee); an issue is visible to a
 * user who may browse its project (the key's prefix). Moved issues answer to their old keys, as Jira's JQL does.
 */
public final class StandInIssues {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern IDS = Pattern.compile("(?i)\\bid in \\(([0-9, ]+)\\)");
    private static final Pattern KEY = Pattern.compile("(?i)\\bkey = \"?([A-Z][A-Z0-9_]*-[0-9]+)\"?");
    private static final Pattern PARENT = Pattern.compile("(?i)(?:\\bparent|\"Epic Link\") in \\(([^)]*)\\)");

    public record Issue(long id, String key, String summary, String type, String status, String category) {
        String project() {
            return key.substring(0, key.indexOf('-'));
        }
    }

    /**
     * Cloud: the issue types at hierarchy level 1 (epics). Cloud lets an admin rename the Epic type, so a test may add
     * another name here; Cloud's issue JSON carries {@code issuetype.hierarchyLevel}, Data Center's has no level.
     */
    public final Set<String> epicLevelTypes = ConcurrentHashMap.newKeySet();

    {
        epicLevelTypes.add("Epic");
    }

    private final List<Issue> issues = new CopyOnWriteArrayList<>();
    /** The same issues by id and by upper-case key, so a lookup costs the same with 5 issues as with 5,000. */
    private final Map<Long, Issue> ids = new ConcurrentHashMap<>();
    private final Map<String, Issue> keys = new ConcurrentHashMap<>();
    private final Map<String, String> movedKeys = new ConcurrentHashMap<>();
    private final Map<Long, String> parents = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(30_000);

    void add(Issue issue) {
        issues.add(issue);
        index(issue);
    }

    private void index(Issue issue) {
        ids.put(issue.id(), issue);
        keys.put(issue.key().toUpperCase(Locale.ROOT), issue);
    }

    private void unindex(Issue issue) {
        ids.remove(issue.id(), issue);
        keys.remove(issue.key().toUpperCase(Locale.ROOT), issue);
    }

    /** Jira moved the issue: it now has {@code newKey}, and JQL {@code key = oldKey} still finds it. */
    void move(String oldKey, String newKey) {
        Issue old = byKey(oldKey).orElseThrow();
        issues.remove(old);
        unindex(old);
        add(new Issue(old.id(), newKey, old.summary(), old.type(), old.status(), old.category()));
        movedKeys.put(oldKey.toUpperCase(Locale.ROOT), newKey);
    }

    public void delete(long id) {
        issues.removeIf(issue -> issue.id() == id);
        Issue gone = ids.get(id);
        if (gone != null) {
            unindex(gone);
        }
    }

    /** A child under an epic ({@code parent} on Cloud, the Epic Link on Data Center). */
    public void child(Issue child, String epicKey) {
        add(child);
        parents.put(child.id(), epicKey);
    }

    Issue create(String project, String type, String summary) {
        long id = nextId.incrementAndGet();
        Issue issue = new Issue(id, project + "-" + (id - 30_000 + 100), summary, type, "To Do", "new");
        add(issue);
        return issue;
    }

    public List<Issue> all() {
        return List.copyOf(issues);
    }

    Optional<Issue> byId(long id) {
        return Optional.ofNullable(ids.get(id));
    }

    Optional<Issue> byKey(String key) {
        String wanted = movedKeys.getOrDefault(key.toUpperCase(Locale.ROOT), key);
        return Optional.ofNullable(keys.get(wanted.toUpperCase(Locale.ROOT)));
    }

    /** The ids named by an {@code id in (…)} clause, or empty when the JQL has none. */
    static List<Long> idsIn(String jql) {
        Matcher ids = IDS.matcher(jql);
        return ids.find() ? List.of(ids.group(1).split(",")).stream().map(String::strip).map(Long::valueOf).toList() : List.of();
    }

    /** The issues the JQL selects among those {@code visible} to the user. */
    List<Issue> select(String jql, Predicate<Issue> visible) {
        // every clause is read once per search, not once per issue: a search costs one pass over the issues
        Matcher key = KEY.matcher(jql);
        Matcher parent = PARENT.matcher(jql);
        Set<Long> named = Set.copyOf(idsIn(jql));
        boolean keyClause = named.isEmpty() && key.find(0);
        Optional<Issue> keyed = keyClause ? byKey(key.group(1)) : Optional.empty();
        boolean parentClause = named.isEmpty() && !keyClause && parent.find(0);
        Set<String> epics = parentClause ? Set.of(parent.group(1).replace("\"", "").split("\\s*,\\s*")) : Set.of();
        String text = jql.toLowerCase(Locale.ROOT).replaceAll(".*~ \"([^\"]*)\".*", "$1");
        List<Issue> found = new ArrayList<>();
        for (Issue issue : issues) {
            boolean wanted;
            if (!named.isEmpty()) {
                wanted = named.contains(issue.id());
            } else if (keyClause) {
                wanted = keyed.filter(match -> match.id() == issue.id()).isPresent();
            } else if (parentClause) {
                String epicKey = parents.get(issue.id());
                wanted = epicKey != null && (epics.contains(epicKey)
                        || byKey(epicKey).map(epic -> epics.contains(Long.toString(epic.id()))).orElse(false));
            } else {
                wanted = issue.summary().toLowerCase(Locale.ROOT).contains(text);
            }
            if (wanted && visible.test(issue)) {
                found.add(issue);
            }
        }
        return found;
    }

    /** An issue as search and GET /issue return it; {@code parentField} is "parent" (Cloud) or the Epic Link field id. */
    ObjectNode json(Issue issue, String parentField) {
        ObjectNode node = JSON.createObjectNode().put("id", Long.toString(issue.id())).put("key", issue.key());
        ObjectNode fields = node.putObject("fields").put("summary", issue.summary());
        ObjectNode type = fields.putObject("issuetype").put("name", issue.type());
        if (parentField.equals("parent")) {
            type.put("hierarchyLevel", epicLevelTypes.contains(issue.type()) ? 1 : 0);
        }
        ObjectNode status = fields.putObject("status").put("name", issue.status());
        status.putObject("statusCategory").put("key", issue.category());
        fields.putNull("assignee");
        String epicKey = parents.get(issue.id());
        if (epicKey != null && parentField.equals("parent")) {
            fields.putObject("parent").put("id", byKey(epicKey).map(epic -> Long.toString(epic.id())).orElse("")).put("key", epicKey);
        } else if (epicKey != null) {
            fields.put(parentField, epicKey);
        }
        return node;
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }
}
