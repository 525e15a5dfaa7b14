package dev.journeymaps.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.web.rest.stewardship.StewardshipJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REST JSON must not depend on the host's JSON mapper (Jira's REST layer has its own Jackson setup): every record our
 * resources send or read, filled with sample values, is written by a bare {@link ObjectMapper} and by ours
 * ({@link RestJson}) to the same JSON, and no DTO carries a {@code java.time} type.
 */
class RestJsonTest {
    private static final Instant WHEN = Instant.parse("2026-11-28T09:15:30Z");

    @Test
    void everyDtoIsWrittenTheSameByABareMapperAndByOurs() throws Exception {
        List<Class<?>> dtos = dtoRecords();
        assertThat(dtos).hasSizeGreaterThan(40);

        for (Class<?> dto : dtos) {
            Object sample = sample(dto, dto);
            String bare = new ObjectMapper().writeValueAsString(sample);
            String ours = RestJson.mapper().writeValueAsString(sample);
            assertThat(ours).as("%s", dto.getName()).isEqualTo(bare);
        }
    }

    @Test
    void noDtoCarriesAJavaTimeType() throws Exception {
        for (Class<?> dto : dtoRecords()) {
            for (RecordComponent component : dto.getRecordComponents()) {
                assertThat(component.getGenericType().getTypeName()).as("%s.%s", dto.getSimpleName(), component.getName())
                        .doesNotStartWith("java.time");
            }
        }
    }

    @Test
    void datesAreIsoEightySixOhOneStrings() throws Exception {
        JsonNode json = RestJson.mapper().valueToTree(new StewardshipJson.HistoryJson(3, IsoDates.of(WHEN),
                null, "card.added", "card 4", "Added a card", 4L));

        assertThat(json.get("at").isTextual()).isTrue();
        assertThat(json.get("at").asText()).isEqualTo("2026-11-28T09:15:30Z");
        assertThat(Instant.parse(json.get("at").asText())).isEqualTo(WHEN);
        assertThat(IsoDates.of(null)).isNull();
    }

    /** Every record of this package and its sub-packages (the JSON shapes and the request bodies). */
    private static List<Class<?>> dtoRecords() throws Exception {
        Path classes = Paths.get(Requests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = classes.resolve(Requests.class.getPackageName().replace('.', '/'));
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                Class<?> type = Class.forName(classes.relativize(file).toString().replace('/', '.').replace(".class", ""));
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }
        return records;
    }

    /** A value of the type with every field set (so nulls hide nothing), recursing into records and lists. */
    private static Object sample(Type type, Class<?> owner) throws Exception {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return List.of(sample(arguments[0], owner));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("key", sample(arguments[1], owner));
            }
            throw new AssertionError("no sample for " + type + " in " + owner);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return IsoDates.of(WHEN);
        }
        if (c == long.class || c == Long.class) {
            return 7L;
        }
        if (c == int.class || c == Integer.class) {
            return 3;
        }
        if (c == double.class || c == Double.class) {
            return 0.5;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (JsonNode.class.isAssignableFrom(c)) {
            return TextNode.valueOf("x");
        }
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getGenericType(), c);
                types[i] = components[i].getType();
            }
            Constructor<?> constructor = c.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        }
        throw new AssertionError("no sample for " + c.getName() + " in " + owner.getName()
                + ": DTOs use strings, numbers, booleans, lists, maps and records");
    }
}
