package dlecon.grading.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dlecon.api.Exercise;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The equivalent-mutant list and the report's verdict. */
class EquivalentsTest {

    private static SourceMutant mutant(String original, String mutated) {
        return new SourceMutant(Exercise.E1, "e1/A.java", "A.f(int)", 3, "relational", 0, 1, "x", original, mutated,
                1, false);
    }

    @Test
    void parsesKindsAndRefusesMalformedOrRepeatedLines() {
        SourceMutant m = mutant("if (a < b) {", "if (a <= b) {");
        Equivalents e = Equivalents.parse("# comment\n\n" + Equivalents.line(Equivalents.Kind.EQUIVALENT, m,
                "a == b cannot happen") + "\n");
        assertThat(e.of(m).kind()).isEqualTo(Equivalents.Kind.EQUIVALENT);
        assertThat(e.of(m).reason()).isEqualTo("a == b cannot happen");
        assertThat(e.of(mutant("if (a < b) {", "if (a > b) {"))).isNull();
        assertThatThrownBy(() -> Equivalents.parse("equivalent\te1/A.java\tA.f(int)\t1\tx\ty\n"))
                .hasMessageContaining("line 1").hasMessageContaining("7 tab-separated");
        assertThatThrownBy(() -> Equivalents.parse("maybe\te1/A.java\tA.f(int)\t1\tx\ty\tr\n"))
                .hasMessageContaining("kind must be equivalent or accepted");
        String line = Equivalents.line(Equivalents.Kind.ACCEPTED, m, "r");
        assertThatThrownBy(() -> Equivalents.parse(line + "\n" + line)).hasMessageContaining("line 2");
        assertThat(Equivalents.load().entries()).as("the committed list parses").isNotNull();
    }

    @Test
    void reportScoresKilledOverGradedMinusEquivalentAndFailsOnUndocumentedSurvivorsAndFalseClaims() {
        SourceMutant equivalent = mutant("a", "b");
        SourceMutant accepted = mutant("c", "d");
        SourceMutant open = mutant("e", "f");
        SourceMutant killedButListed = mutant("g", "h");
        Equivalents list = Equivalents.parse(String.join("\n",
                Equivalents.line(Equivalents.Kind.EQUIVALENT, equivalent, "same"),
                Equivalents.line(Equivalents.Kind.ACCEPTED, accepted, "known gap"),
                Equivalents.line(Equivalents.Kind.EQUIVALENT, killedButListed, "wrong claim")));
        List<MutantResult> results = List.of(
                new MutantResult(equivalent, MutantResult.Outcome.SURVIVED, "", ""),
                new MutantResult(accepted, MutantResult.Outcome.SURVIVED, "", ""),
                new MutantResult(open, MutantResult.Outcome.SURVIVED, "", ""),
                new MutantResult(killedButListed, MutantResult.Outcome.KILLED, "test t", "boom"),
                new MutantResult(mutant("i", "j"), MutantResult.Outcome.TIMED_OUT, "test u", ""),
                new MutantResult(mutant("k", "l"), MutantResult.Outcome.STILLBORN, "", "cannot find symbol"));
        MutationReport r = new MutationReport(new MutationAnalysis.Result(results, Map.of(Exercise.E1, 6), 1000, 2,
                new MutationAnalysis.WorkerTime(10, 20, 3)),
                list);
        MutationReport.Score s = r.scores().get(0);
        assertThat(s.graded()).isEqualTo(5);
        assertThat(s.killed()).isEqualTo(2);
        assertThat(s.equivalent()).isEqualTo(1);
        assertThat(s.score()).isEqualTo(2.0 / 4);
        assertThat(r.undocumented()).extracting(MutantResult::mutant).containsExactly(open);
        assertThat(r.problems()).anyMatch(p -> p.contains("lists a mutant that 'test t' kills"))
                .anyMatch(p -> p.contains("E1 scores 50.0%")).anyMatch(p -> p.contains("1 undocumented survivor"));
        assertThat(r.table()).contains("| E1 | 6 | 5 | 2 | 1 | 1 | 1 | 1 | 1 | 50.0% |");
        assertThat(r.text()).contains("list entry: equivalent\te1/A.java").contains("reason: known gap");
        SourceMutant gone = mutant("m", "n");
        MutationReport stale = new MutationReport(new MutationAnalysis.Result(List.of(new MutantResult(open,
                MutantResult.Outcome.KILLED, "t", "")), Map.of(Exercise.E1, 1), 10, 1,
                new MutationAnalysis.WorkerTime(1, 1, 1)), Equivalents.parse(Equivalents.line(Equivalents.Kind.EQUIVALENT,
                gone, "was equivalent")));
        assertThat(stale.problems()).anyMatch(p -> p.contains("line 1 names no mutant of the reference any more"));
        MutationReport sampled = new MutationReport(new MutationAnalysis.Result(List.of(new MutantResult(open,
                MutantResult.Outcome.KILLED, "t", "")), Map.of(Exercise.E1, 2), 10, 1,
                new MutationAnalysis.WorkerTime(1, 1, 1)), Equivalents.parse(Equivalents.line(Equivalents.Kind.EQUIVALENT,
                gone, "was equivalent")));
        assertThat(sampled.problems()).as("a sample cannot tell a stale entry").isEmpty();
    }
}
