package dlecon.grading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kept plans equal discovered ones field for field; a damaged plan file is discovered again; without a folder a run
 * still plans each exercise once.
 */
class PlanCacheTest {

    private static final String SUITES = "dlecon.grading.fixtures.e1";

    @Test
    void aKeptPlanEqualsTheDiscoveredOne(@TempDir Path tmp) throws IOException {
        List<PlannedTest> discovered = new TestPlanner().plan(Exercise.E1, SUITES, true);
        assertThat(discovered).hasSize(11);
        PlanCache cache = PlanCache.at(tmp);
        assertThat(cache.plan(Exercise.E1, SUITES, true)).isEqualTo(discovered);
        assertThat(planFiles(tmp)).hasSize(1);
        assertThat(PlanCache.at(tmp).plan(Exercise.E1, SUITES, true)).as("read back").isEqualTo(discovered);
        assertThat(PlanCache.at(tmp).plan(Exercise.E1, SUITES, false)).as("another visibility, another key")
                .isEqualTo(new TestPlanner().plan(Exercise.E1, SUITES, false));
        assertThat(planFiles(tmp)).hasSize(2);

        for (Path f : planFiles(tmp)) {
            Files.write(f, new byte[] {0, 0, 0, 9, 1});
        }
        assertThat(PlanCache.at(tmp).plan(Exercise.E1, SUITES, true)).as("damaged: discovered again")
                .isEqualTo(discovered);
        PlanCache inMemory = PlanCache.at(null);
        assertThat(inMemory.plan(Exercise.E1, SUITES, true)).isEqualTo(discovered)
                .as("planned once per run").isSameAs(inMemory.plan(Exercise.E1, SUITES, true));
    }

    private static List<Path> planFiles(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp.resolve("plans"))) {
            return s.filter(p -> p.toString().endsWith(".plan")).toList();
        }
    }
}
