package dev.journeymaps.standalone;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's list of what the standalone server ships is exactly what the build puts in {@code target/lib}. */
class ShippedDependenciesIT {
    @Test
    void theReadmeListsExactlyTheShippedLibraries() throws IOException {
        Set<String> shipped;
        try (Stream<Path> jars = Files.list(Path.of("target", "lib"))) {
            shipped = jars.map(jar -> jar.getFileName().toString()).filter(name -> name.endsWith(".jar"))
                    .map(name -> name.substring(0, name.length() - 4)).collect(Collectors.toCollection(TreeSet::new));
        }
        String readme = Files.readString(Path.of("README.md"));
        String block = readme.substring(readme.indexOf("<!-- shipped-dependencies:start -->") + 35,
                readme.indexOf("<!-- shipped-dependencies:end -->"));
        Set<String> listed = Arrays.stream(block.split("[,\\s]+")).filter(name -> !name.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(shipped).isNotEmpty();
        assertThat(listed).isEqualTo(shipped);
    }
}
