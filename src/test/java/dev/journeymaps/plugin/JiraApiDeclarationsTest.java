package dev.journeymaps.plugin;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * src/jira-api/java declares only Jira API members we call, signature-exact. So a reviewer can check each against
 * Atlassian's documentation, every declared type and member (fields, constants, constructors, methods, nested types)
 * (private state that only makes a declaration usable in tests is not API, and is exempt) carries a comment right
 * above it with the javadoc link and the Jira version it was checked against:
 * {@code // https://docs.atlassian.com/...#member(params) (Jira 11.0.0)}.
 */
class JiraApiDeclarationsTest {
    private static final Path DECLARATIONS = Path.of("src/jira-api/java");
    private static final Pattern LINK = Pattern.compile("//\\s*https://\\S+ \\(Jira 11\\.\\d+\\.\\d+\\)");
    private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum|@interface|record)\\s+\\w+");

    @Test
    void everyDeclaredTypeAndMemberHasAJavadocLinkNamingTheJiraVersion() throws Exception {
        List<String> missing = new ArrayList<>();
        int declarations = 0;
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file);
            for (int index : declarationLines(lines)) {
                declarations++;
                if (!linked(lines, index)) {
                    missing.add(DECLARATIONS.relativize(file) + ":" + (index + 1) + ": " + lines.get(index).strip());
                }
            }
        }
        assertThat(declarations).isGreaterThan(100);
        assertThat(missing).as("declarations without a '// <javadoc link> (Jira 11.x.y)' comment above them").isEmpty();
    }

    /** Lines that start a declaration: the top-level type, and anything directly inside a type's body. */
    static List<Integer> declarationLines(List<String> lines) {
        List<Integer> found = new ArrayList<>();
        List<Integer> typeBodies = new ArrayList<>();
        int depth = 0;
        boolean continuing = false;
        boolean inBlockComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (inBlockComment) {
                inBlockComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("/*")) {
                inBlockComment = !line.contains("*/");
                continue;
            }
            if (line.isEmpty() || line.startsWith("//") || line.startsWith("@") && !line.startsWith("@interface")
                    || line.startsWith("package ") || line.startsWith("import ")) {
                continue;
            }
            boolean atTypeLevel = depth == 0 ? TYPE.matcher(line).find() : typeBodies.contains(depth);
            if (atTypeLevel && !continuing && !line.startsWith("}") && !line.startsWith("private ")) {
                found.add(i);
            }
            boolean declaresType = TYPE.matcher(line).find() && !line.contains("(");
            for (char c : line.toCharArray()) {
                if (c == '{') {
                    depth++;
                    if (declaresType) {
                        typeBodies.add(depth);
                        declaresType = false;
                    }
                } else if (c == '}') {
                    typeBodies.remove(Integer.valueOf(depth));
                    depth--;
                }
            }
            continuing = atTypeLevel && !(line.endsWith(";") || line.endsWith("{") || line.endsWith("}") || line.endsWith(","));
        }
        return found;
    }

    /** The comment block and annotations right above the declaration hold a link with the Jira version. */
    private static boolean linked(List<String> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (LINK.matcher(line).find()) {
                return true;
            }
            boolean commentOrAnnotation = line.startsWith("//") || line.startsWith("/*") || line.startsWith("*")
                    || line.startsWith("@");
            if (!commentOrAnnotation) {
                return false;
            }
        }
        return false;
    }

    private static List<Path> sources() throws Exception {
        try (Stream<Path> files = Files.walk(DECLARATIONS)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
