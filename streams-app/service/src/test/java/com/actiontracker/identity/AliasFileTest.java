package com.actiontracker.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasFileTest {

    @TempDir
    Path dir;

    @Test
    void readsAMappingOfNames() throws IOException {
        Path file = Files.writeString(
                dir.resolve("aliases.yaml"), "Andy Pernstiner: Andy Perlsteiner\nChris: Chris Rowe\n");

        assertThat(AliasFile.load(file))
                .containsExactly(Map.entry("Andy Pernstiner", "Andy Perlsteiner"), Map.entry("Chris", "Chris Rowe"));
    }

    @Test
    void rejectsWhatIsNotAMappingOfNamesWithTheFileInTheMessage() throws IOException {
        Path list = Files.writeString(dir.resolve("list.yaml"), "- Andy\n- Chris\n");
        Path nested = Files.writeString(dir.resolve("nested.yaml"), "Andy:\n  - A\n  - B\n");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "Andy: [unclosed\n");
        Path code = Files.writeString(dir.resolve("code.yaml"), "x: !!javax.script.ScriptEngineManager []\n");

        assertThatThrownBy(() -> AliasFile.load(list))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("list.yaml");
        assertThatThrownBy(() -> AliasFile.load(nested))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("must map to one name");
        assertThatThrownBy(() -> AliasFile.load(bad))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> AliasFile.load(code)).isInstanceOf(IOException.class);
    }
}
