package dlecon.grading.report;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.grading.model.GradeReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No report shows a hidden test's message, values or captured output, nor the harness salt seeds derive from. */
class HiddenFeedbackTest {

    private static Map<String, String> allOutputs() {
        GradeReport report = ReportFixture.report();
        Map<String, String> out = new LinkedHashMap<>();
        for (ReportWriter w : Reports.writers(report)) {
            out.put(w.fileName(), Reports.toString(w, report));
        }
        out.put("console", new ConsoleWriter().format(report));
        return out;
    }

    @Test
    void theFixtureHasHiddenSecretsToLookFor() {
        List<String> secrets = ReportFixture.hiddenSecrets();
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(12).allMatch(s -> s.contains(ReportFixture.SECRET));
        assertThat(ReportFixture.report().tests().filter(t -> t.isPublic()))
                .noneMatch(t -> t.toString().contains(ReportFixture.SECRET));
    }

    @Test
    void noReportContainsAHiddenMessageValueOrOutput() {
        List<String> secrets = ReportFixture.hiddenSecrets();
        allOutputs().forEach((file, text) -> {
            for (String secret : secrets) {
                assertThat(text).as(file).doesNotContain(secret);
                assertThat(text).as(file).doesNotContain(Feedback.oneLine(secret));
            }
            assertThat(text).as(file).doesNotContain(ReportFixture.SECRET);
        });
    }

    @Test
    void publicValuesDoReachTheReports() {
        // the scan above would pass trivially if nothing were written: public values must be there (in the
        // per-exercise suite files taken together)
        Map<String, String> outputs = new LinkedHashMap<>();
        allOutputs().forEach((file, text) -> outputs.merge(file.startsWith("junit/") ? "junit/" : file, text,
                String::concat));
        outputs.forEach((file, text) -> {
            if (!file.equals("grade.csv")) {
                assertThat(text).as(file).contains("1e-3", "[1.0, -2.0]", "reproducibility",
                        "draw batches only from the given RandomGenerator");
            }
        });
    }

    @Test
    void noReportContainsTheSalt() {
        long salt = ReportFixture.report().salt();
        allOutputs().forEach((file, text) -> assertThat(text).as(file).doesNotContain(Long.toString(salt))
                .doesNotContainIgnoringCase(Long.toHexString(salt)));
    }
}
