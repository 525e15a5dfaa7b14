package dev.journeymaps.plugin;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From Jira 10.5 a template may call only methods on the Velocity allowlist, entry by entry {@code Class#method(...)}.
 * Each call in our templates is resolved to the class it is made on: variables by their {@code @vtlvariable} type,
 * {@code #foreach}/{@code #set} variables by the (generic) type of what they are bound to, chains method by method.
 * Every call on one of our classes must then be allowlisted for exactly that class; JDK types are Jira's own list.
 * Templates only the standalone host renders ({@code standalone-*.vm}) are not Jira's concern.
 */
class VelocityAllowlistTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern DECLARED = Pattern.compile("@vtlvariable name=\"(\\w+)\" type=\"([\\w.$]+)\"");
    private static final Pattern BINDING = Pattern.compile("#(?:foreach|set)\\s*\\(\\s*\\$(\\w+)\\s+(in|=)\\s+\\$!?\\{?(\\w+)((?:\\.\\w+\\([^)]*\\))*)");
    private static final Pattern CALL = Pattern.compile("\\$!?\\{?(\\w+)((?:\\.\\w+\\([^)]*\\))+)");
    private static final Pattern STEP = Pattern.compile("\\.(\\w+)\\(([^)]*)\\)");
    private static final Pattern ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([^)]*)\\)");

    @Test
    void everyCallOnOurClassesIsAllowlistedForThatClass() throws Exception {
        Set<String> allowed = allowlist();
        Set<String> missing = new TreeSet<>();
        Set<String> unresolved = new TreeSet<>();
        int checked = 0;
        for (Path template : templates()) {
            String text = Files.readString(template);
            Map<String, Type> variables = new HashMap<>();
            Matcher declared = DECLARED.matcher(text);
            while (declared.find()) {
                variables.put(declared.group(1), Class.forName(binaryName(declared.group(2))));
            }
            Matcher binding = BINDING.matcher(text);
            while (binding.find()) {
                Type bound = resolve(variables.get(binding.group(3)), binding.group(4), null, null);
                if (bound != null && !variables.containsKey(binding.group(1))) {
                    variables.put(binding.group(1), binding.group(2).equals("in") ? element(bound) : bound);
                }
            }
            Matcher call = CALL.matcher(text);
            while (call.find()) {
                Type start = variables.get(call.group(1));
                if (start == null) {
                    unresolved.add(template.getFileName() + ": $" + call.group(1));
                    continue;
                }
                List<String> calls = new ArrayList<>();
                resolve(start, call.group(2), calls, unresolved);
                for (String made : calls) {
                    checked++;
                    if (made.startsWith("dev.journeymaps.") && !allowed.contains(made)) {
                        missing.add(template.getFileName() + ": " + made);
                    }
                }
            }
        }
        assertThat(unresolved).as("template calls whose class is unknown (declare the variable with @vtlvariable)").isEmpty();
        assertThat(missing).as("calls Jira 10.5+ would block: not allowlisted for the class they are made on").isEmpty();
        assertThat(checked).isGreaterThan(200);
    }

    /** Walks a chain of calls from a type; records each as Class#method and answers the chain's type. */
    private static Type resolve(Type start, String chain, List<String> calls, Set<String> unresolved) {
        Type current = start;
        Matcher step = STEP.matcher(chain);
        while (current != null && step.find()) {
            Class<?> type = raw(current);
            int arity = step.group(2).isBlank() ? 0 : step.group(2).split(",").length;
            Method method = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(step.group(1)) && m.getParameterCount() == arity).findFirst().orElse(null);
            if (method == null) {
                if (unresolved != null) {
                    unresolved.add(type.getName() + " has no public " + step.group(1) + "/" + arity);
                }
                return null;
            }
            if (calls != null) {
                calls.add(type.getName() + "#" + method.getName() + "/" + arity);
            }
            current = method.getGenericReturnType();
        }
        return current;
    }

    private static Type element(Type collection) {
        return collection instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    /** The allowlist as Class#method/arity. */
    private static Set<String> allowlist() throws Exception {
        Document descriptor;
        try (InputStream in = Files.newInputStream(Path.of("atlassian-plugin.xml"))) {
            descriptor = PluginDescriptors.parse(in);
        }
        Set<String> allowed = new TreeSet<>();
        for (Element entry : PluginDescriptors.elements(descriptor, "method")) {
            Matcher m = ENTRY.matcher(entry.getTextContent().trim());
            if (m.matches()) {
                allowed.add(m.group(1) + "#" + m.group(2) + "/" + (m.group(3).isBlank() ? 0 : m.group(3).split(",").length));
            }
        }
        return allowed;
    }

    /** {@code a.b.Outer.Inner} as Class.forName wants it ({@code a.b.Outer$Inner}). */
    private static String binaryName(String name) {
        String[] parts = name.split("\\.");
        StringBuilder binary = new StringBuilder();
        boolean inClass = false;
        for (String part : parts) {
            if (binary.length() > 0) {
                binary.append(inClass ? '$' : '.');
            }
            binary.append(part);
            inClass = inClass || Character.isUpperCase(part.charAt(0));
        }
        return binary.toString();
    }

    private static List<Path> templates() throws Exception {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            // standalone-*.vm are rendered only by the standalone host, never by Jira
            return files.filter(f -> f.toString().endsWith(".vm") && !f.getFileName().toString().startsWith("standalone-"))
                    .sorted().toList();
        }
    }
}
