package dlecon.grading.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.grading.report.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grade-batch} on a folder of mixed submissions (reference, template, a compile error, an empty folder),
 * in parallel, in two shards and merged: every student is in the gradebook once, with the same row either way.
 */
class BatchCommandTest {

    @TempDir
    static Path tmp;
    static Path students;

    @BeforeAll
    static void mixedClass() throws IOException {
        students = tmp.resolve("class");
        CliFixtures.copySolutions("reference", students.resolve("alice"));
        CliFixtures.copySolutions("student-template", students.resolve("bob"));
        CliFixtures.copySolutions("reference", students.resolve("carol"));
        Path broken = students.resolve("carol/src/main/java/dlecon/solution/e1/GradientDescentSolution.java");
        Files.writeString(broken, "this is not Java");
        Files.createDirectories(students.resolve("dave"));
        Files.createDirectories(students.resolve(".git"));
        Files.writeString(students.resolve("README.txt"), "not a submission");
    }

    private static List<String> gradebook(Path out) throws IOException {
        return Files.readAllLines(out.resolve("gradebook.csv"));
    }

    @Test
    void shardsMergeIntoTheSameGradebookAsOneRun() throws IOException {
        Path whole = tmp.resolve("whole");
        Path roster = Files.writeString(tmp.resolve("roster.csv"), "login,name,id,sis_login,section\n"
                + "alice,Alice Doe,101,adoe,A\nbob,Bob Roe,102,broe,A\ncarol,Carol Poe,103,cpoe,B\n"
                + "erin,Erin Moe,104,emoe,B\n"); // dave is missing, erin handed nothing in
        assertThat(Main.run("grade-batch", students.toString(), "--out", whole.toString(), "--jobs", "2",
                "--exercise", "E1,E2", "--no-progress", "--roster", roster.toString(), "--format", "canvas"))
                .isZero();
        assertThat(Files.readAllLines(whole.resolve("canvas.csv"))).containsExactly(
                "Student,ID,SIS User ID,SIS Login ID,Section,E1 Gradient descent and SGD,E2 Perceptron",
                "Points Possible,,,,,16,16",
                "Alice Doe,101,,adoe,A,16,16",
                "Bob Roe,102,,broe,A,0,0",
                "Carol Poe,103,,cpoe,B,0,16",
                "Erin Moe,104,,emoe,B,0,0");
        assertThat(Files.readAllLines(whole.resolve("unrostered.txt"))).containsExactly("dave");
        List<String> rows = gradebook(whole);
        assertThat(rows).containsExactly(CsvWriter.HEADER,
                "alice,16,16,,,,,,32,32,graded,graded,,,,,",
                "bob,0,0,,,,,,0,32,graded,graded,,,,,",
                "carol,0,16,,,,,,16,32,compile error,graded,,,,,",
                "dave,0,0,,,,,,0,32,not submitted,not submitted,,,,,");
        assertThat(whole.resolve("alice/results.json")).isNotEmptyFile();
        assertThat(Files.readString(whole.resolve("dave/summary.md"))).contains("not submitted");

        Path s1 = tmp.resolve("s1");
        Path s2 = tmp.resolve("s2");
        assertThat(Main.run("grade-batch", students.toString(), "--out", s1.toString(), "--shard", "1/2",
                "--exercise", "E1,E2", "--no-progress")).isZero();
        assertThat(Main.run("grade-batch", students.toString(), "--out", s2.toString(), "--shard", "2/2",
                "--exercise", "E1,E2", "--no-progress")).isZero();
        assertThat(gradebook(s1)).hasSize(3).contains("alice,16,16,,,,,,32,32,graded,graded,,,,,", "carol,0,16,,,,,,16,32,compile error,graded,,,,,");
        assertThat(gradebook(s2)).hasSize(3).contains("bob,0,0,,,,,,0,32,graded,graded,,,,,", "dave,0,0,,,,,,0,32,not submitted,not submitted,,,,,");
        Path merged = tmp.resolve("merged");
        assertThat(Main.run("grade-batch", "merge", s1.toString(), s2.toString(), "--out", merged.toString()))
                .isZero();
        assertThat(gradebook(merged)).isEqualTo(rows);
        for (String student : List.of("alice", "bob", "carol", "dave")) {
            assertThat(CliFixtures.withoutTimings(merged.resolve(student).resolve("results.json")))
                    .isEqualTo(CliFixtures.withoutTimings(whole.resolve(student).resolve("results.json")));
        }
        // the export of a merged gradebook, with the grading's --exercise; another plan is refused
        assertThat(Main.run("grade-batch", "export", merged.toString(), "--exercise", "E1,E2", "--roster",
                roster.toString(), "--format", "csv")).isZero();
        assertThat(Files.readAllLines(merged.resolve("roster-gradebook.csv"))).containsExactly(
                "login,name,id,sis_id,sis_login,email,section,E1,E2,total,max,E1 status,E2 status",
                "alice,Alice Doe,101,,adoe,,A,16,16,32,32,graded,graded",
                "bob,Bob Roe,102,,broe,,A,0,0,0,32,graded,graded",
                "carol,Carol Poe,103,,cpoe,,B,0,16,16,32,compile error,graded",
                "erin,Erin Moe,104,,emoe,,B,0,0,0,32,not submitted,not submitted");
        assertThat(Main.run("grade-batch", "export", merged.toString(), "--roster", roster.toString(), "--format",
                "moodle")).as("the plan of all exercises does not fit").isEqualTo(2);
        assertThat(Main.run("grade-batch", "merge", s1.toString(), s1.toString(), "--out",
                tmp.resolve("twice").toString())).as("a student in two shards is refused").isEqualTo(2);
    }

    @Test
    void badShardIsAUsageError() {
        assertThat(Main.run("grade-batch", students.toString(), "--out", tmp.resolve("x").toString(),
                "--shard", "3/2")).isEqualTo(2);
    }
}
