package dlecon.grading.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.Exercise;
import dlecon.grading.batch.Gradebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster's reading rules, one bad roster per rule with its message, and the join with a gradebook. */
class RosterTest {

    @TempDir
    Path tmp;

    private Path file(String text) throws IOException {
        return Files.writeString(tmp.resolve("r.csv"), text);
    }

    @Test
    void readsQuotedNamesAnyHeaderCaseAndOrderAndABom() throws IOException {
        Roster r = Roster.read(file("\uFEFFsection,EMAIL,Name,id,login\nA,a@x.example,\"Doe, \"\"Al\"\"\",7, al \n"));
        assertThat(r.students()).containsExactly(new Roster.Student("al", "Doe, \"Al\"", "7", "", "", "a@x.example",
                "A"));
        assertThat(Roster.read(RosterFixture.rosterFile(tmp)).students()).extracting(Roster.Student::login)
                .containsExactly("alice", "bob", "carol", "erin");
    }

    @Test
    void everyBadRosterIsRefusedWithTheReason() throws IOException {
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("", "is empty: it needs a header naming login, name, id, section and sis_login or email");
        bad.put("login,name,id,email\n", "the header lacks the column(s) section (it has: login, name, id, email)");
        bad.put("login,name,id,section\n", "the header lacks the column(s) sis_login or email (it has: login, name, id, "
                + "section)");
        bad.put("login,name,id,section,email\na,b,c,d\n", "line 2: 4 fields, the header has 5");
        bad.put("login,name,id,section,email\n,b,c,d,e\n", "line 2: empty login");
        bad.put("login,name,id,section,email\na,b,c,d,e\na,f,g,h,i\n", "line 3: login a appears twice");
        bad.put("login,name,id,section,email\na,\"b,c,d,e\n", "line 2: unterminated quoted field 2 in CSV row: a,\"b,c,d,e");
        for (Map.Entry<String, String> b : bad.entrySet()) {
            Path f = file(b.getKey());
            assertThatThrownBy(() -> Roster.read(f)).as(b.getKey()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("roster " + f).hasMessageEndingWith(b.getValue());
        }
        Path latin1 = Files.write(tmp.resolve("l.csv"), "login,name,id,section,email\na,J\u00fcrgen,1,A,e\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Roster.read(latin1)).hasMessage("roster " + latin1 + " is not UTF-8 text (save it "
                + "as CSV UTF-8)");
    }

    @Test
    void joinKeepsRosterOrderScoresTheMissingZeroAndListsTheUnrostered() throws IOException {
        ClassGrades g = RosterFixture.grades(tmp);
        assertThat(g.rows()).extracting(r -> r.student().login()).containsExactly("alice", "bob", "carol", "erin");
        assertThat(g.rows().get(2).points()).containsExactly(Map.entry(Exercise.E1, 0.0),
                Map.entry(Exercise.E2, 12.5));
        assertThat(g.rows().get(2).status()).containsEntry(Exercise.E1, "compile error");
        ClassGrades.Row erin = g.rows().get(3);
        assertThat(erin.points().values()).containsOnly(0.0).hasSize(2);
        assertThat(erin.status().values()).containsOnly(ClassGrades.NOT_SUBMITTED).hasSize(2);
        assertThat(g.unrostered()).containsExactly("dave");
        assertThat(g.total()).isEqualTo(32.0);
        assertThat(g.rows().get(0).total()).isEqualTo(32.0);
    }

    @Test
    void aGradebookOfAnotherPlanIsRefused() throws IOException {
        Roster r = Roster.read(RosterFixture.rosterFile(tmp));
        Map<Exercise, Double> hiddenToo = new EnumMap<>(RosterFixture.maxPoints());
        hiddenToo.put(Exercise.E2, 20.0);
        assertThatThrownBy(() -> ClassGrades.join(RosterFixture.gradebook(), r, hiddenToo))
                .hasMessage("gradebook row of alice: maximum 32, the plan gives 36 (grade and export with the same "
                        + "--visibility and --exercise)");
        Gradebook broken = new Gradebook();
        broken.add("alice,16,x,,,,,,32,32,graded,graded,,,,,");
        assertThatThrownBy(() -> ClassGrades.join(broken, r, RosterFixture.maxPoints()))
                .hasMessage("gradebook row of alice: E2 is 'x', not a number of points");
        Map<Exercise, Double> threeExercises = new EnumMap<>(RosterFixture.maxPoints());
        threeExercises.put(Exercise.E3, 10.0);
        assertThatThrownBy(() -> ClassGrades.join(RosterFixture.gradebook(), r, threeExercises))
                .hasMessage("gradebook row of alice: E3 is not graded, the plan says otherwise (grade and export "
                        + "with the same --exercise)");
    }
}
