package dlecon.grading.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlecon.api.Exercise;
import dlecon.grading.engine.FileTrees;
import dlecon.grading.mutants.Mutant;
import dlecon.grading.mutants.MutantCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regrade is identical, failures included: a submission with a known bug in every exercise (failing public and
 * hidden tests) graded with {@code --jobs 1} and again with {@code --jobs 2} gives the same reports apart from
 * the timing fields, and no report holds an identity hash.
 */
class RegradeTest {

    private static final List<String> FILES = List.of("results.json", "summary.md", "junit.xml",
            "grade.csv", "junit/TEST-E1.xml", "junit/TEST-E2.xml", "junit/TEST-E3.xml", "junit/TEST-E4.xml",
            "junit/TEST-E5.xml", "junit/TEST-E6.xml", "junit/TEST-E7.xml");

    @Test
    void aSubmissionWithFailuresEverywhereGradesIdenticallyTwice(@TempDir Path tmp) throws IOException {
        Path solutions = tmp.resolve("sub/src/main/java/dlecon/solution");
        FileTrees.copy(CliFixtures.ROOT.resolve("reference/src/main/java/dlecon/solution"), solutions);
        for (Exercise e : Exercise.values()) { // the first known-wrong implementation of every exercise
            Mutant m = MutantCatalog.all().stream().filter(x -> x.exercise() == e).findFirst().orElseThrow();
            m.edits().applyTo(m.id(), solutions);
        }
        String sub = tmp.resolve("sub").toString();
        assertThat(Main.run("grade", sub, "--jobs", "1", "--out", tmp.resolve("a").toString())).isZero();
        assertThat(Main.run("grade", sub, "--jobs", "2", "--out", tmp.resolve("b").toString())).isZero();
        for (String f : FILES) {
            String a = CliFixtures.withoutTimings(tmp.resolve("a").resolve(f));
            assertThat(CliFixtures.withoutTimings(tmp.resolve("b").resolve(f))).as(f).isEqualTo(a);
            assertThat(a).as(f + ": no identity hash").doesNotContainPattern("[A-Za-z\\]]@[0-9a-f]{6,8}\\b");
        }
        JsonNode results = new ObjectMapper().readTree(tmp.resolve("a/results.json").toFile());
        for (Exercise e : Exercise.values()) {
            assertThat(results.get("tests")).as(e + " has a failed test")
                    .anySatisfy(t -> assertThat(t.get("name").asText()).startsWith(e.name() + " "))
                    .anySatisfy(t -> {
                        assertThat(t.get("name").asText()).startsWith(e.name() + " ");
                        assertThat(t.get("score").asDouble()).isLessThan(t.get("max_score").asDouble());
                    });
        }
    }
}
