package com.actiontracker.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.provider.DirectoryConfigProvider;
import org.apache.kafka.common.config.provider.EnvVarConfigProvider;

/**
 * Where the Slack sink's secrets come from: an environment variable or a file only its owner can read, handed to the
 * Connect worker as a config provider reference ({@code ${env:SLACK_WEBHOOK_URL}}, {@code ${dir:/run/secrets:webhook}}).
 * The connector's configuration then holds the reference, never the secret: the worker resolves it when it starts
 * the task, and Connect puts the reference back into the task configuration it stores.
 */
public final class SlackSecrets {

    /** The environment variables that hold Slack secrets (for slack.webhook.url and slack.bot.token). */
    static final Set<String> VARIABLES = Set.of("SLACK_WEBHOOK_URL", "SLACK_BOT_TOKEN");

    private static final String ENV = "env";
    private static final String DIR = "dir";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(" + ENV + "|" + DIR + "):([^}]*)}");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE);

    private SlackSecrets() {}

    static String fromEnvironment(String variable) {
        return "${" + ENV + ":" + variable + "}";
    }

    /**
     * A reference to a secret file, after checking that it is a non-empty regular file that no one but its owner can
     * read or write (as ssh insists for a private key).
     *
     * @throws ConfigException naming the file and what is wrong with it, never its content
     */
    static String fromFile(String key, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.toString().matches(".*[:}{$,].*")) {
            // A config provider reference is ${dir:<directory>:<file>}: these characters would break it.
            throw new ConfigException(key + ": " + absolute + " has one of : { } $ , in its path; move the file");
        }
        try {
            if (!Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new ConfigException(key + ": " + absolute + " is not a regular file");
            }
            if (Files.size(absolute) == 0) {
                throw new ConfigException(key + ": " + absolute + " is empty");
            }
            if (Files.getFileStore(absolute).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(absolute);
                permissions.retainAll(OTHERS);
                if (!permissions.isEmpty()) {
                    throw new ConfigException(key + ": " + absolute + " can be read or written by other users ("
                            + permissions + "); make it readable by its owner only: chmod 600 " + absolute);
                }
            }
        } catch (IOException e) {
            throw new ConfigException(key + ": cannot read " + absolute + ": " + e.getMessage());
        }
        return "${" + DIR + ":" + absolute.getParent() + ":" + absolute.getFileName() + "}";
    }

    /**
     * The worker settings that resolve the references among these values, each provider allowed to read only what
     * they name.
     */
    static Map<String, String> workerProviders(Iterable<String> values) {
        Set<String> variables = new TreeSet<>();
        Set<String> directories = new TreeSet<>();
        for (String value : values) {
            Matcher m = REFERENCE.matcher(value);
            while (m.find()) {
                if (m.group(1).equals(ENV)) {
                    variables.add(m.group(2));
                } else {
                    directories.add(m.group(2).substring(0, m.group(2).lastIndexOf(':')));
                }
            }
        }
        Map<String, String> worker = new HashMap<>();
        List<String> providers = new ArrayList<>();
        if (!variables.isEmpty()) {
            providers.add(ENV);
            worker.put("config.providers." + ENV + ".class", EnvVarConfigProvider.class.getName());
            worker.put(
                    "config.providers." + ENV + ".param." + EnvVarConfigProvider.ALLOWLIST_PATTERN_CONFIG,
                    "^(" + variables.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")$");
        }
        if (!directories.isEmpty()) {
            providers.add(DIR);
            worker.put("config.providers." + DIR + ".class", DirectoryConfigProvider.class.getName());
            worker.put(
                    "config.providers." + DIR + ".param." + DirectoryConfigProvider.ALLOWED_PATHS_CONFIG,
                    String.join(",", directories));
        }
        if (!providers.isEmpty()) {
            worker.put("config.providers", String.join(",", providers));
        }
        return worker;
    }
}
