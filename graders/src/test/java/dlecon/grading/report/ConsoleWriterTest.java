package dlecon.grading.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleWriterTest {

    private static final String TEXT = new ConsoleWriter().format(ReportFixture.report());

    @Test
    void printWriteAndFormatAgree() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConsoleWriter().print(ReportFixture.report(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        StringWriter w = new StringWriter();
        new ConsoleWriter().write(ReportFixture.report(), w);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(TEXT);
        assertThat(w.toString()).isEqualTo(TEXT);
    }

    @Test
    void tablesAreAlignedAndEndWithTheTotal() {
        assertThat(TEXT).contains("E1 Gradient descent and SGD: 3.33 / 6 (graded)\n"
                + "  E1 gradient step matches the formula       passed         2 / 2\n"
                + "  E1 SGD converges on a quadratic | 3 seeds  failed      1.33 / 2\n");
        assertThat(TEXT).contains("E2 Perceptron: 0 / 4 (compile error)\n"
                + "  ! dlecon/solution/e2/PerceptronSolution.java:14: error: ';' expected\n");
        assertThat(TEXT).endsWith("\nTotal: 9.83 / 30.5\n");
        String tables = TEXT.substring(0, TEXT.indexOf("Failures:"));
        assertThat(tables.lines().filter(l -> l.startsWith("  E")).map(l -> l.replace("  (hidden)", "").length())
                .distinct()).as("points column right-aligned").hasSize(1);
    }

    @Test
    void failuresShowReasonValuesOrCategoryAndHint() {
        String failures = TEXT.substring(TEXT.indexOf("Failures:\n"));
        assertThat(failures).contains("""
                  E1 SGD converges on a quadratic | 3 seeds: failed: minimum after 200 steps, seed 3 of 3 <off>
                      expected:  [1.0, -2.0]
                      actual:    [0.98, "NaN" | <x> & `y`]
                      tolerance: 1e-3
                      cases:     2 of 3 passed
                      hint:      check the sign of the update `w - eta * g`
                  E1 minibatch order is reproducible: failed (hidden test)
                      category: reproducibility
                      hint:     draw batches only from the given RandomGenerator
                """);
        assertThat(failures).doesNotContain("E2 perceptron", "E4 adam", "E6 oscillatory");
        assertThat(TEXT).doesNotContain("step 1:").as("no captured output on the console");
    }
}
