package dlecon.grading.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.Exercise;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.Failure;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import dlecon.grading.model.Timings;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * The JUnit XML files are accepted by the consumers' own published schemas (copied under {@code xsd/}, see its README),
 * checked with the JDK's XML Schema validator: {@code junit.xml} against the Jenkins xunit plugin's
 * {@code junit-10.xsd}, each {@code junit/TEST-<exercise>.xml} against Maven Surefire's
 * {@code surefire-test-report.xsd} and {@code junit-10.xsd}; for the fixture, for one exercise with every test status
 * (with and without output, long times) and for an empty exercise. A file each schema refuses shows the check can fail.
 */
class JUnitXmlSchemaTest {

    private static Schema schema(String file) throws SAXException {
        URL url = JUnitXmlSchemaTest.class.getResource("xsd/" + file);
        assertThat(url).as(file).isNotNull();
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return f.newSchema(url);
    }

    private static void validate(String xsd, String xml) throws Exception {
        schema(xsd).newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    /** Every status, with output and without, a partial-credit failure and times of hours. */
    private static GradeReport everyStatus() {
        List<TestResult> tests = new ArrayList<>();
        int i = 0;
        for (TestStatus s : TestStatus.values()) {
            for (String output : List.of("", "out <&> \"x\"\n")) {
                boolean passed = s == TestStatus.PASSED;
                tests.add(new TestResult(Exercise.E3, "E3#t" + i, "test " + i + " " + s, i % 2 == 0
                        ? dlecon.grading.api.Visibility.PUBLIC : dlecon.grading.api.Visibility.HIDDEN, "cat " + i,
                        "hint " + i, 2, passed ? 2 : 0, s, passed ? 0 : 1, passed ? 0 : 3,
                        passed ? null : new Failure("why " + i, "1.0", "2.0", "1e-9"), output, 7_654_321L * i));
                i++;
            }
        }
        ExerciseResult graded = new ExerciseResult(Exercise.E3, ExerciseStatus.GRADED, List.of(), tests,
                new Timings(1, 2, 3, 99_999_999));
        ExerciseResult empty = new ExerciseResult(Exercise.E5, ExerciseStatus.COMPILE_ERROR,
                List.of("E5.java:1: error: <identifier> expected"), List.of(), Timings.ZERO);
        return new GradeReport("bob", 1, "process", List.of("a note & <b>"), List.of(graded, empty), 123_456_789);
    }

    @Test
    void junitXmlIsValidForTheXunitPlugin() throws Exception {
        for (GradeReport r : List.of(ReportFixture.report(), everyStatus())) {
            validate("junit-10.xsd", Reports.toString(new JUnitXmlWriter(), r));
        }
    }

    @Test
    void eachExerciseFileIsValidForSurefireAndTheXunitPlugin() throws Exception {
        for (GradeReport r : List.of(ReportFixture.report(), everyStatus())) {
            for (ExerciseResult e : r.exercises()) {
                String xml = Reports.toString(new SurefireXmlWriter(e.exercise()), r);
                validate("surefire-test-report.xsd", xml);
                validate("junit-10.xsd", xml);
            }
        }
    }

    @Test
    void theSchemasRefuseWhatTheyShould() {
        String aggregate = Reports.toString(new JUnitXmlWriter(), ReportFixture.report());
        assertThatThrownBy(() -> validate("junit-10.xsd", aggregate.replaceFirst("<testsuites ",
                "<testsuites skipped=\"2\" "))).isInstanceOf(SAXException.class).hasMessageContaining("skipped");
        assertThatThrownBy(() -> validate("surefire-test-report.xsd", aggregate))
                .as("Surefire's schema has one suite per file").isInstanceOf(SAXException.class);
        String e1 = Reports.toString(new SurefireXmlWriter(Exercise.E1), ReportFixture.report());
        assertThatThrownBy(() -> validate("surefire-test-report.xsd", e1.replaceFirst(" time=\"0\\.133\"", "")))
                .as("a testcase without time").isInstanceOf(SAXException.class);
    }

    @Test
    void theMessageAttributeCarriesValuesAndHintOfPublicTestsOnly() {
        TestResult pub = ReportFixture.report().tests().filter(t -> t.isPublic() && t.status() == TestStatus.FAILED)
                .findFirst().orElseThrow();
        assertThat(Feedback.of(pub).message()).startsWith("failed: ").contains("; expected ", "; actual ",
                "; tolerance ", "; hint: ").doesNotContain("\n");
        TestResult hidden = ReportFixture.report().tests().filter(t -> !t.isPublic()
                && t.status() == TestStatus.FAILED).findFirst().orElseThrow();
        assertThat(Feedback.of(hidden).message()).isEqualTo("failed (hidden test; category: "
                + hidden.category() + "); hint: " + hidden.hint());
    }
}
