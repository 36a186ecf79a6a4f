package dev.cairn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift: section. */
class DriftConfigTest {
    @TempDir
    Path dir;

    private CairnConfig load(String yaml) throws IOException {
        Files.writeString(dir.resolve("cairn.yaml"), yaml);
        return ConfigLoader.load(dir, Map.of());
    }

    private void fails(String yaml, String... fragments) {
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(CairnException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
    }

    @Test
    void absentMeansNothingIgnored() throws IOException {
        assertThat(load("").drift()).isEqualTo(DriftSettings.DEFAULT);
        assertThat(load("drift:\n").drift()).isEqualTo(DriftSettings.DEFAULT);
    }

    @Test
    void patternsAndSchemas() throws IOException {
        CairnConfig c = load("drift:\n  ignore: [public.legacy_*, audit, 'public.t?.c']\n  ignoreSchemas: tmp_*\n");
        assertThat(c.drift()).isEqualTo(new DriftSettings(List.of("public.legacy_*", "audit", "public.t?.c"), List.of("tmp_*")));
    }

    @Test
    void mistakesNameTheLine() {
        fails("drift:\n  ignores: [a]\n", "cairn.yaml:2:3", "unknown key drift.ignores", "did you mean ignore?");
        fails("drift:\n  ignore: [a, 3]\n", "cairn.yaml:2:15", "drift.ignore must be a list of names");
        fails("drift:\n  ignore: ['public.a b']\n", "cairn.yaml:2:12", "drift.ignore items are glob patterns", "'public.a b'");
        fails("drift: [a]\n", "cairn.yaml:1:8", "drift must be a map");
        fails("drift:\n  ignoreSchemas: {a: 1}\n", "cairn.yaml:2:18", "drift.ignoreSchemas must be a list of names");
    }

    @Test
    void templateDocumentsTheSectionAndLoads() throws IOException {
        Path project = dir.resolve("p");
        ProjectScaffold.class.getName(); // the template is what init writes
        String template = new String(ConfigLoader.class.getResourceAsStream("cairn.yaml.template").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(template).contains("drift:", "ignore:", "ignoreSchemas:");
        Files.createDirectories(project);
        Files.writeString(project.resolve("cairn.yaml"), template);
        assertThat(ConfigLoader.load(project, Map.of()).drift()).isEqualTo(DriftSettings.DEFAULT);
    }
}
