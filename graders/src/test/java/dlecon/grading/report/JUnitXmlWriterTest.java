package dlecon.grading.report;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.Failure;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import dlecon.grading.model.Timings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlWriterTest {

    private static Document parse(GradeReport report) throws Exception {
        byte[] xml = Reports.toString(new JUnitXmlWriter(), report).getBytes(StandardCharsets.UTF_8);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void onePassingSuitePerExerciseWithCounts() throws Exception {
        Document doc = parse(ReportFixture.report());
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("16");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(root.getAttribute("errors")).isEqualTo("8");
        assertThat(root.hasAttribute("skipped")).as("junit-10.xsd allows no skipped count on the root").isFalse();
        assertThat(root.getAttribute("time")).isEqualTo("12.345");
        assertThat(root.getAttribute("name")).isEqualTo("dlecon grading of alice, \"the\" student");

        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(6);
        Element e1 = (Element) suites.item(0);
        assertThat(e1.getAttribute("name")).isEqualTo("E1 Gradient descent and SGD");
        assertThat(e1.getAttribute("tests")).isEqualTo("4");
        assertThat(e1.getAttribute("failures")).isEqualTo("2");
        assertThat(e1.getAttribute("errors")).isEqualTo("1");
        assertThat(((Element) suites.item(2)).getAttribute("skipped")).isEqualTo("2");
        Element e2 = (Element) suites.item(1);
        assertThat(e2.getElementsByTagName("system-err").item(0).getTextContent())
                .contains("cannot find symbol ```wieghts``` | <here>");
    }

    @Test
    void elementPerStatus() throws Exception {
        Document doc = parse(ReportFixture.report());
        NodeList cases = doc.getElementsByTagName("testcase");
        List<TestResult> tests = ReportFixture.report().tests().toList();
        assertThat(cases.getLength()).isEqualTo(tests.size());
        for (int i = 0; i < tests.size(); i++) {
            Element c = (Element) cases.item(i);
            TestResult t = tests.get(i);
            assertThat(c.getAttribute("classname")).isEqualTo(t.exercise().name());
            assertThat(c.getAttribute("name")).isEqualTo(t.name());
            String element = switch (t.status()) {
                case PASSED -> null;
                case FAILED -> "failure";
                case ABORTED, SKIPPED -> "skipped";
                default -> "error";
            };
            for (String name : List.of("failure", "error", "skipped")) {
                assertThat(c.getElementsByTagName(name).getLength()).as(t.name() + " " + name)
                        .isEqualTo(name.equals(element) ? 1 : 0);
            }
            if (element != null) {
                Element e = (Element) c.getElementsByTagName(element).item(0);
                assertThat(e.getAttribute("message")).isEqualTo(Feedback.of(t).message());
                if (t.status() == TestStatus.FAILED) {
                    assertThat(e.getAttribute("type")).isEqualTo("assertion");
                } else if (element.equals("error")) {
                    assertThat(e.getAttribute("type")).isEqualTo(t.status().label());
                }
            }
        }
    }

    @Test
    void capturedOutputSurvivesEscapingWithoutTheControlCharacter() throws Exception {
        Document doc = parse(ReportFixture.report());
        Element sgd = (Element) doc.getElementsByTagName("testcase").item(1);
        assertThat(sgd.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo("step 1: loss=\"3.5\" <ok> & | `tick` bell\nstep 2: done");
        assertThat(sgd.getElementsByTagName("failure").item(0).getTextContent())
                .contains("actual: [0.98, \"NaN\" | <x> & `y`]");
    }

    @Test
    void staysWellFormedWithEveryKindOfIllegalCharacter() throws Exception {
        StringBuilder nasty = new StringBuilder("]]> <!-- \" ' & <a> ");
        for (char c = 0; c < 0xa0; c++) {
            nasty.append(c);
        }
        nasty.append("\uD800 \uDFFF \uFFFE \uFFFF \uD83D\uDE00 end");
        String text = nasty.toString();
        TestResult t = ReportFixture.pub(Exercise.E1, "x", "name " + text, 1, 0, TestStatus.FAILED,
                new Failure(text, text, text, text), text, 0, 0);
        ExerciseResult e = new ExerciseResult(Exercise.E1, ExerciseStatus.GRADED, List.of(text), List.of(t),
                Timings.ZERO);
        Document doc = parse(new GradeReport(text, 0, text, List.of(e), 0));
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).contains("]]> <!-- \" ' & <a>").contains("\uD83D\uDE00 end")
                .doesNotContain("\u0001", "\u001b", "\u0085");
        assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent()).contains("\t\n")
                .contains("!\"#$%&'()*+,-./0123456789:;<=>?@ABC", "xyz{|}~    \uD83D\uDE00 end");
    }
}
