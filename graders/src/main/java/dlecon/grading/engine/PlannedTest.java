package dlecon.grading.engine;

import dlecon.api.Exercise;
import dlecon.grading.api.Visibility;
import java.util.List;

/**
 * A grader test as listed before anything runs: its identity, points and feedback, so a test that never reports
 * (crash, timeout, compile error) is still scored, at 0, with the reason.
 *
 * @param exercise       the exercise it grades
 * @param id             the JUnit unique id (stable across JVMs)
 * @param title          its display name
 * @param visibility     public or hidden
 * @param points         points on success
 * @param category       what is checked
 * @param hint           where to look
 * @param timeoutSeconds its wall-clock budget
 * @param task           the sheet task it grades ({@link dlecon.grading.api.Graded#task()}), or ""
 * @param uses           other exercises whose entries the test may take (their classes join the test JVM)
 */
public record PlannedTest(Exercise exercise, String id, String title, Visibility visibility, double points,
                          String category, String hint, int timeoutSeconds, String task, List<Exercise> uses) {

    public PlannedTest {
        uses = List.copyOf(uses);
    }

    /** The number of its sheet task (the leading number of {@link #task()}), or 0 when it names none. */
    public int taskNumber() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+) \\S").matcher(task);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
