package dlecon.tools.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ci/clone-class} against local git repositories: from a list of "login URL" lines, and from an organisation's
 * repositories named PREFIX&lt;login&gt; (a stand-in {@code gh} lists them; git's {@code insteadOf} sends the GitHub
 * URLs to the local repositories); an existing folder is left alone, a failed clone is named with exit code 1, bad
 * usage is exit code 2.
 */
class CloneClassTest {

    private static final Path SCRIPT = Path.of("..").toAbsolutePath().normalize().resolve("ci/clone-class");

    @TempDir
    static Path tmp;
    private static Path remotes;

    private record Run(int exit, String output) {
    }

    private static Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(tmp.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c",
                "user.email=t@example.invalid"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }

    @BeforeAll
    static void repositories() throws Exception {
        remotes = Files.createDirectories(tmp.resolve("remotes"));
        for (String name : List.of("dlecon-ex-alice", "dlecon-ex-bob", "other-repo")) {
            Path r = Files.createDirectories(remotes.resolve(name));
            git(r, "init", "-q");
            Files.writeString(r.resolve("grade"), name);
            git(r, "add", "grade");
            git(r, "commit", "-q", "-m", "x");
        }
    }

    @Test
    void clonesFromAList() throws Exception {
        Path list = Files.writeString(tmp.resolve("list.txt"), "# login url\nalice " + remotes.resolve("dlecon-ex-alice")
                + "\n\nbob " + remotes.resolve("dlecon-ex-bob") + "\ncarol " + remotes.resolve("missing") + "\n");
        Path out = tmp.resolve("class-list");
        Run r = run(Map.of(), "--list", list.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.output()).isEqualTo(1);
        assertThat(r.output()).contains("cloned 2 of 3 repositories", "carol: clone of", "failed: carol");
        assertThat(Files.readString(out.resolve("alice/grade"))).isEqualTo("dlecon-ex-alice");
        assertThat(out.resolve("carol")).doesNotExist();
        Files.writeString(out.resolve("bob/grade"), "changed");
        Run again = run(Map.of(), "--list", list.toString(), "--out", out.toString());
        assertThat(again.output()).contains("bob: " + out.resolve("bob") + " exists, left alone");
        assertThat(Files.readString(out.resolve("bob/grade"))).isEqualTo("changed");
    }

    @Test
    void clonesAnOrganisationsRepositoriesByPrefix() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.writeString(bin.resolve("gh"), "#!/bin/sh\n[ \"$1 $2 $3\" = \"repo list my-org\" ] || exit 9\n"
                + "printf 'other-repo\\ndlecon-ex-bob\\ndlecon-ex-alice\\n'\n");
        assertThat(bin.resolve("gh").toFile().setExecutable(true)).isTrue();
        Path out = tmp.resolve("class-org");
        Run r = run(Map.of("PATH", bin + ":" + System.getenv("PATH"), "GIT_CONFIG_COUNT", "1",
                "GIT_CONFIG_KEY_0", "url." + remotes.toUri() + ".insteadOf", "GIT_CONFIG_VALUE_0",
                "https://github.com/my-org/"), "--org", "my-org", "--prefix", "dlecon-ex-", "--out", out.toString());
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("cloned 2 of 2 repositories");
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactly("alice", "bob");
        }
    }

    @Test
    void badUsageIsExitCodeTwo() throws Exception {
        assertThat(run(Map.of(), "--org", "x", "--out", "y").exit()).isEqualTo(2);
        assertThat(run(Map.of(), "--list", "none.txt", "--out", "y").output()).contains("no such file");
        assertThat(run(Map.of(), "--list", "none.txt").exit()).isEqualTo(2);
    }
}
