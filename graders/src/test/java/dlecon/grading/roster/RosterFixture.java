package dlecon.grading.roster;

import dlecon.api.Exercise;
import dlecon.grading.batch.Gradebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * A class for the export tests: a roster of four (a name with a comma and quotes, one without e-mail, one who handed
 * nothing in), a gradebook of E1 and E2 for three of them and one student the roster lacks.
 */
public final class RosterFixture {

    /** The roster file's text. */
    public static final String ROSTER = "Login,Name,ID,SIS_Login,Email,Section,Notes\n"
            + "alice,\"Doe, Alice \"\"Ali\"\"\",101,adoe,alice@uni.example,A,ignored\n"
            + "bob,Bob Roe,102,broe,,B,\n"
            + "carol,Carol Poe,103,cpoe,carol@uni.example,A,\n"
            + "erin,Erin Moe,104,emoe,erin@uni.example,B,\n";

    private RosterFixture() {
    }

    /** E1: 16 points, E2: 16 points (a run with --exercise E1,E2). */
    public static Map<Exercise, Double> maxPoints() {
        Map<Exercise, Double> max = new EnumMap<>(Exercise.class);
        max.put(Exercise.E1, 16.0);
        max.put(Exercise.E2, 16.0);
        return max;
    }

    /** alice full, bob 0 in both (graded), carol a compile error in E1, dave not on the roster. */
    public static Gradebook gradebook() {
        Gradebook book = new Gradebook();
        book.add("alice,16,16,,,,,,32,32,graded,graded,,,,,");
        book.add("bob,0,0,,,,,,0,32,graded,graded,,,,,");
        book.add("carol,0,12.5,,,,,,12.5,32,compile error,graded,,,,,");
        book.add("dave,3.33,0,,,,,,3.33,32,graded,timed out,,,,,");
        return book;
    }

    /** The roster written to {@code dir/roster.csv}. */
    public static Path rosterFile(Path dir) throws IOException {
        return Files.writeString(dir.resolve("roster.csv"), ROSTER);
    }

    /** The joined class. */
    public static ClassGrades grades(Path dir) throws IOException {
        return ClassGrades.join(gradebook(), Roster.read(rosterFile(dir)), maxPoints());
    }
}
