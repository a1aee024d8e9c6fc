package dlecon.grading.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {

    private static final String MD = Reports.toString(new MarkdownWriter(), ReportFixture.report());

    @Test
    void headingShowsSubmissionAndTotal() {
        assertThat(MD).startsWith("## Grade: alice, \"the\" student \u2014 9.83 / 30.5\n\n");
    }

    @Test
    void everyTableRowHasTheColumnsOfItsHeader() {
        int columns = 0;
        for (String line : MD.split("\n")) {
            if (!line.startsWith("|")) {
                columns = 0;
                continue;
            }
            int cells = unescapedPipes(line) - 1;
            if (columns == 0) {
                columns = cells;
            }
            assertThat(cells).as(line).isEqualTo(columns);
        }
        assertThat(MD).contains("| 1.2 | E1 SGD converges on a quadratic \\| 3 seeds | failed | 1.33 / 2 |",
                "| 3.6 | E3 xor over seeds | passed (hidden) | 2 / 2 |");
    }

    private static int unescapedPipes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    @Test
    void inlineTextEscapesMarkdownSyntax() {
        assertThat(MarkdownWriter.inline("a|b `c` *d* _e_ [f](g) <h> & $x$ \\ ~~s~~\nnext"))
                .isEqualTo("a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\<h\\> \\& \\$x\\$ \\\\ \\~\\~s\\~\\~ next");
        assertThat(MD).contains("- Hint: check the sign of the update \\`w - eta \\* g\\`");
    }

    @Test
    void codeBlockFenceIsLongerThanAnyBacktickRunInside() {
        assertThat(MarkdownWriter.codeBlock("plain")).isEqualTo("```text\nplain\n```\n");
        assertThat(MarkdownWriter.codeBlock("a ```` b")).isEqualTo("`````text\na ```` b\n`````\n");
        assertThat(MD).contains("````text\ndlecon/solution/e2/PerceptronSolution.java:14: error: ';' expected\n"
                + "dlecon/solution/e2/PerceptronSolution.java:20: error: cannot find symbol ```wieghts``` | <here>\n"
                + "````\n");
    }

    @Test
    void notGradedExercisesShowTheirStatusAndProblems() {
        assertThat(MD).contains("### E2 Perceptron \u2014 0 / 4\n\n**Status: compile error**",
                "### E4 Optimizers \u2014 0 / 4\n\n**Status: not submitted**",
                "**Status: refused**", "refers to java.io.File");
    }

    @Test
    void failuresShowValuesForPublicTestsAndOnlyCategoryAndHintForHiddenOnes() {
        String failures = MD.substring(MD.indexOf("### Failures"));
        assertThat(failures).contains("""
                ```text
                expected:  [1.0, -2.0]
                actual:    [0.98, "NaN" | <x> & `y`]
                tolerance: 1e-3
                ```
                """, "- Cases: 2 of 3 passed",
                "Captured output:\n\n```text\nstep 1: loss=\"3.5\" <ok> & | `tick` bell\n");
        assertThat(failures).contains("""
                #### 1.3 E1 minibatch order is reproducible \u2014 failed, 0 / 1 (hidden test)

                - Category: reproducibility
                - Hint: draw batches only from the given RandomGenerator
                """);
        List<String> headings = Arrays.stream(failures.split("\n")).filter(l -> l.startsWith("#### ")).toList();
        assertThat(headings).as("failures of graded exercises only, in plan order").extracting(h -> h.split(" ")[1])
                .containsExactly("1.2", "1.3", "1.4", "3.1", "3.2", "3.3", "3.4");
    }
}
