package dlecon.grading.cli;

import java.nio.file.Path;

/** The grading folder of a hosted grader's command: {@code --root}, else an environment variable, else the default. */
final class HostedRoot {

    private HostedRoot() {
    }

    /** {@code given} when set, else the non-blank value of environment variable {@code variable}, else {@code path}. */
    static Path of(Path given, String variable, String path) {
        String env = System.getenv(variable);
        return given != null ? given : Path.of(env != null && !env.isBlank() ? env : path);
    }
}
