package com.actiontracker.parse;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Finds the YAML block between "---" lines at the top of a note and loads it with SnakeYAML's safe constructor,
 * within limits on size, aliases and nesting. A block that cannot be loaded leaves a warning and no values.
 */
final class FrontMatterReader {

    /** A top-level key with a value on the same line. */
    private static final Pattern SCALAR_LINE = Pattern.compile("^[A-Za-z_][\\w .-]{0,60}:\\s+\\S.*$");

    private final ParserSettings settings;

    FrontMatterReader(ParserSettings settings) {
        this.settings = settings;
    }

    FrontMatter read(String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return FrontMatter.NONE;
        }
        int close = 1;
        while (close < lines.length && !isClosingFence(lines[close])) {
            close++;
        }
        if (close == lines.length) {
            return FrontMatter.NONE;
        }
        int lineCount = close + 1;
        String yaml = String.join("\n", List.of(lines).subList(1, close));
        int bytes = yaml.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > settings.yamlMaxBytes()) {
            return failed(
                    lineCount,
                    "front matter is " + bytes + " bytes, more than the limit of " + settings.yamlMaxBytes() + " ("
                            + ParserSettings.KEY_YAML_MAX_BYTES + "); ignored");
        }
        try {
            Object loaded = newYaml().load(yaml);
            if (loaded == null) {
                return new FrontMatter(lineCount, Map.of(), List.of());
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                return failed(lineCount, "front matter is not a mapping of keys to values; ignored");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            // Map.copyOf in FrontMatter refuses null values; a key written without a value is as good as absent.
            map.forEach((key, value) -> {
                if (key != null && value != null) {
                    values.put(key.toString(), value);
                }
            });
            return new FrontMatter(lineCount, values, List.of());
        } catch (RuntimeException | StackOverflowError e) {
            // YAMLException for syntax errors, alias bombs, depth and size limits; anything else is a SnakeYAML bug
            // that must not cost us the note's body.
            return salvaged(
                    lineCount, List.of(lines).subList(1, close), "front matter could not be read: " + firstLine(e));
        }
    }

    /**
     * What can be read of a broken block: each top-level "key: value" line on its own (a broken quote in a list of
     * participants must not cost the note its date). Lines with anchors, aliases or tags are left out, so that
     * nothing a whole-block limit refused comes back this way.
     */
    private FrontMatter salvaged(int lineCount, List<String> block, String problem) {
        Map<String, Object> values = new LinkedHashMap<>();
        Yaml yaml = newYaml();
        for (String line : block) {
            if (!SCALAR_LINE.matcher(line).matches()
                    || line.contains("&")
                    || line.contains("*")
                    || line.contains("!")) {
                continue;
            }
            try {
                Object loaded = yaml.load(line);
                if (loaded instanceof Map<?, ?> map) {
                    map.forEach((key, value) -> {
                        if (key != null && value != null && !(value instanceof Map) && !(value instanceof List)) {
                            values.put(key.toString(), value);
                        }
                    });
                }
            } catch (RuntimeException e) {
                // this line is broken too: left out
            }
        }
        if (values.isEmpty()) {
            return failed(lineCount, problem + "; ignored");
        }
        return new FrontMatter(
                lineCount,
                values,
                List.of(problem + "; kept what single lines say: " + String.join(", ", values.keySet())));
    }

    private static boolean isClosingFence(String line) {
        String fence = line.strip();
        return fence.equals("---") || fence.equals("...");
    }

    private static FrontMatter failed(int lineCount, String warning) {
        return new FrontMatter(lineCount, Map.of(), List.of(warning));
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A new instance per note: Yaml objects are not thread-safe. */
    private Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(settings.yamlMaxAliases());
        options.setNestingDepthLimit(settings.yamlMaxDepth());
        options.setCodePointLimit(settings.yamlMaxBytes());
        options.setAllowRecursiveKeys(false);
        options.setWarnOnDuplicateKeys(false);
        return new Yaml(
                new SafeConstructor(options),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                options,
                new NoTimestampResolver());
    }

    /**
     * Leaves unquoted dates as strings: SnakeYAML's timestamp parsing is lenient (2025-13-45 becomes 2026-02-14), and
     * the note's dates are checked strictly by {@link IsoDates} instead. Explicit !!timestamp values still load as
     * Date.
     */
    private static final class NoTimestampResolver extends Resolver {

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}
