package com.actiontracker.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command builds the app through {@code ./tracker} on a fresh checkout, with flags of its own (no
 * test compilation): the build's own gates must pass with those flags too, or a new user's first command fails where
 * {@code verify} passes. Run on a copy of the first module with test dependencies, so this build's targets are left
 * alone.
 */
class TrackerScriptBuildIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theBuildTheTrackerScriptRunsPassesTheBuildsGates(@TempDir Path copy) throws IOException, InterruptedException {
        List<String> flags = trackerBuildFlags();
        for (String file : List.of("pom.xml", "mvnw", ".mvn")) {
            copyTree(ROOT.resolve(file), copy.resolve(file));
        }
        copyTree(ROOT.resolve("schemas"), copy.resolve("schemas"));

        List<String> command = new ArrayList<>(List.of(copy.resolve("mvnw").toString(), "-o"));
        command.addAll(flags);
        command.addAll(List.of("-f", copy.resolve("schemas/pom.xml").toString()));
        Path log = copy.resolve("build.log");
        Process build = new ProcessBuilder(command)
                .directory(copy.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = build.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            build.destroyForcibly();
        }

        assertThat(finished).as("the build finished").isTrue();
        assertThat(build.exitValue())
                .as("%s failed:%n%s", String.join(" ", command), Files.readString(log, StandardCharsets.UTF_8))
                .isZero();
    }

    /**
     * The Maven arguments of the build in {@code ./tracker}, its {@code install} run as {@code verify}: the gates are
     * the same, and the copy's artifacts stay out of the local repository this build reads.
     */
    private static List<String> trackerBuildFlags() throws IOException {
        Matcher build = Pattern.compile("\\./mvnw ([^)>]*)")
                .matcher(Files.readString(ROOT.resolve("tracker"), StandardCharsets.UTF_8));
        assertThat(build.find()).as("./tracker runs ./mvnw").isTrue();
        return Arrays.stream(build.group(1).trim().split("\\s+"))
                .map(flag -> flag.equals("install") ? "verify" : flag)
                .toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (relative.toString().startsWith("target")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
