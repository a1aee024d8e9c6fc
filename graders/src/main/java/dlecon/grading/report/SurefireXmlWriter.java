package dlecon.grading.report;

import dlecon.api.Exercise;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.GradeReport;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code junit/TEST-E1.xml} and so on: one exercise's {@code <testsuite>} (as in {@link JUnitXmlWriter}) as the root of
 * a file of its own, as Maven Surefire writes one per test class, valid against Surefire's
 * {@code surefire-test-report.xsd} and the Jenkins xunit plugin's {@code junit-10.xsd} alike; the exercise's problems
 * are {@code problem} properties there. For tools that read a folder of such files (Jenkins' {@code junit} step,
 * Artemis, GitLab).
 */
public final class SurefireXmlWriter implements ReportWriter {

    private final Exercise exercise;

    /** @param exercise the exercise whose suite this writer writes */
    public SurefireXmlWriter(Exercise exercise) {
        this.exercise = exercise;
    }

    @Override
    public String fileName() {
        return "junit/TEST-" + exercise.name() + ".xml";
    }

    /** @throws IllegalArgumentException when {@code report} has no result for the exercise */
    @Override
    public void write(GradeReport report, Writer out) throws IOException {
        ExerciseResult e = report.exercises().stream().filter(x -> x.exercise() == exercise).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(exercise + " is not in the report of "
                        + report.submission()));
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        JUnitXmlWriter.suite(b, e, report.notes(), true);
        out.write(b.toString());
        out.flush();
    }
}
