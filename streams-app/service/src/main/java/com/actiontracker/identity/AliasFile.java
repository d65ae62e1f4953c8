package com.actiontracker.identity;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The alias file: YAML mapping a written name to the person it means, which wins over every resolution rule.
 * <pre>
 * Andy Pernstiner: Andy Perlsteiner
 * Chris: Chris Rowe
 * </pre>
 */
public final class AliasFile {

    private AliasFile() {}

    public static Map<String, String> load(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1024 * 1024);
        options.setAllowDuplicateKeys(false);
        Object loaded;
        try (Reader reader = Files.newBufferedReader(file)) {
            loaded = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (YAMLException e) {
            throw new IOException("Alias file " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IOException("Alias file " + file + " must map names to names (\"Written Name: Canonical Name\")");
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getKey() == null
                    || entry.getValue() == null
                    || entry.getValue() instanceof Map
                    || entry.getValue() instanceof Iterable) {
                throw new IOException("Alias file " + file + ": '" + entry.getKey() + "' must map to one name");
            }
            aliases.put(entry.getKey().toString(), entry.getValue().toString());
        }
        return aliases;
    }
}
