package dlecon.grading.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.engine.TestPlanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every exercise sheet's table of graded tests is what the grader suites say (run ci/make-sheets otherwise). */
class SheetsUpToDateTest {

    private static final Path ROOT = Path.of("..");

    @ParameterizedTest
    @EnumSource(Exercise.class)
    void sheetListsExactlyTheGradedTestsAndPoints(Exercise e) throws IOException {
        Path sheet = SheetGenerator.sheet(ROOT, e);
        String text = Files.readString(sheet);
        assertThat(text).as("%s (run ci/make-sheets)", sheet)
                .isEqualTo(SheetGenerator.regenerate(text, SheetGenerator.table(new TestPlanner().plan(e, true))));
    }
}
