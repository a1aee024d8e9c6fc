package dlecon.grading.mutation;

import dlecon.api.Exercise;
import dlecon.grading.mutation.MutantResult.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verdict of a mutation analysis: per exercise the mutants graded, killed, equivalent and surviving and the
 * score killed / (graded - equivalent); every undocumented survivor with its place and one-line diff; and the
 * problems that fail the analysis (an exercise under {@link #TARGET}, an undocumented survivor, an entry of the
 * equivalent list that a test kills).
 */
public final class MutationReport {

    /** The least score of every exercise. */
    public static final double TARGET = 0.95;

    /**
     * One exercise's figures.
     *
     * @param exercise   the exercise
     * @param generated  mutants generated (before sampling)
     * @param graded     mutants graded (sampled, stillborn ones excluded)
     * @param killed     killed by a failing test, a timeout or a crash
     * @param timedOut   of those, by a timeout
     * @param equivalent survivors listed as equivalent
     * @param accepted   survivors listed as accepted
     * @param undocumented survivors not listed
     * @param stillborn  mutants that do not compile
     */
    public record Score(Exercise exercise, int generated, int graded, int killed, int timedOut, int equivalent,
                        int accepted, int undocumented, int stillborn) {
        /** killed / (graded - equivalent); 1 when nothing is left to kill. */
        public double score() {
            int denominator = graded - equivalent;
            return denominator == 0 ? 1 : (double) killed / denominator;
        }
    }

    private final MutationAnalysis.Result result;
    private final Equivalents equivalents;
    private final List<Score> scores = new ArrayList<>();
    private final List<MutantResult> undocumented = new ArrayList<>();
    private final List<MutantResult> accepted = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    public MutationReport(MutationAnalysis.Result result, Equivalents equivalents) {
        this.result = result;
        this.equivalents = equivalents;
        Map<Exercise, int[]> n = new EnumMap<>(Exercise.class);
        for (MutantResult r : result.results()) {
            int[] c = n.computeIfAbsent(r.mutant().exercise(), e -> new int[8]);
            Equivalents.Entry entry = equivalents.of(r.mutant());
            if (r.outcome() == Outcome.STILLBORN) {
                c[7]++;
                continue;
            }
            c[0]++;
            if (r.killed()) {
                c[1]++;
                c[2] += r.outcome() == Outcome.TIMED_OUT ? 1 : 0;
                if (entry != null) {
                    problems.add("equivalent-mutants.tsv line " + entry.line() + " lists a mutant that '" + r.test()
                            + "' kills: remove the entry (" + r.mutant().place() + ")");
                }
            } else if (entry == null) {
                c[5]++;
                undocumented.add(r);
            } else if (entry.kind() == Equivalents.Kind.EQUIVALENT) {
                c[3]++;
            } else {
                c[4]++;
                accepted.add(r);
            }
        }
        n.forEach((e, c) -> scores.add(new Score(e, result.generated().getOrDefault(e, 0), c[0], c[1], c[2], c[3],
                c[4], c[5], c[7])));
        for (Score s : scores) {
            if (s.score() < TARGET) {
                problems.add(String.format(Locale.ROOT, "%s scores %.1f%%, under the target of %.0f%%", s.exercise(),
                        100 * s.score(), 100 * TARGET));
            }
        }
        // an entry of a fully analysed exercise that names no generated mutant is stale (the reference changed)
        java.util.Set<String> keys = new java.util.HashSet<>();
        Map<Exercise, Integer> graded = new EnumMap<>(Exercise.class);
        for (MutantResult r : result.results()) {
            keys.add(r.mutant().key());
            graded.merge(r.mutant().exercise(), 1, Integer::sum);
        }
        for (Equivalents.Entry entry : equivalents.entries()) {
            Exercise e = exerciseOf(entry.key());
            if (e != null && graded.getOrDefault(e, 0).equals(result.generated().get(e)) && !keys.contains(entry.key())) {
                problems.add("equivalent-mutants.tsv line " + entry.line() + " names no mutant of the reference any "
                        + "more: update or remove it");
            }
        }
        if (!undocumented.isEmpty()) {
            problems.add(undocumented.size() + " undocumented survivor(s): kill them with a test, or list them in "
                    + "equivalent-mutants.tsv with the reason");
        }
    }

    /** The exercise of a key's file ({@code e3/...} is E3), or null. */
    private static Exercise exerciseOf(String key) {
        String dir = key.substring(0, Math.max(0, key.indexOf('/'))).toUpperCase(Locale.ROOT);
        for (Exercise e : Exercise.values()) {
            if (e.name().equals(dir)) {
                return e;
            }
        }
        return null;
    }

    /** The per-exercise figures. */
    public List<Score> scores() {
        return List.copyOf(scores);
    }

    /** Survivors not in the list. */
    public List<MutantResult> undocumented() {
        return List.copyOf(undocumented);
    }

    /** What fails the analysis; empty when it passed. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The Markdown table: one row per exercise, from its id to its score. */
    public String table() {
        StringBuilder sb = new StringBuilder("| exercise | generated | graded | killed | of which timed out | "
                + "equivalent | accepted survivors | undocumented survivors | stillborn | score |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (Score s : scores) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %.1f%% |%n",
                    s.exercise(), s.generated(), s.graded(), s.killed(), s.timedOut(), s.equivalent(), s.accepted(),
                    s.undocumented(), s.stillborn(), 100 * s.score()));
        }
        return sb.toString();
    }

    /** The whole report: table, survivors (undocumented first), problems and the time it took. */
    public String text() {
        StringBuilder sb = new StringBuilder(table());
        appendSurvivors(sb, "Undocumented survivors", undocumented, true);
        appendSurvivors(sb, "Accepted survivors", accepted, false);
        MutationAnalysis.WorkerTime t = result.time();
        sb.append(String.format(Locale.ROOT, "%nMutation analysis: %d mutants in %.0f s wall with %d worker JVM start(s);"
                + " summed over workers: javac %.0f s, %d grader test runs %.0f s.%n", result.results().size(),
                result.wallMillis() / 1e3, result.workerStarts(), t.compileMillis() / 1e3, t.testRuns(),
                t.testMillis() / 1e3));
        if (problems.isEmpty()) {
            sb.append("Passed: every exercise at or above ").append((int) (100 * TARGET))
                    .append("% and every survivor documented.\n");
        } else {
            problems.forEach(p -> sb.append("FAILED: ").append(p).append('\n'));
        }
        return sb.toString();
    }

    private void appendSurvivors(StringBuilder sb, String title, List<MutantResult> list, boolean withLine) {
        if (list.isEmpty()) {
            return;
        }
        sb.append('\n').append(title).append(" (").append(list.size()).append("):\n");
        for (MutantResult r : list) {
            SourceMutant m = r.mutant();
            sb.append(m.place()).append(" [").append(m.operator()).append("] ").append(m.method()).append('\n')
                    .append("  ").append(m.diff().replace("\n", "\n  ")).append('\n');
            if (withLine) {
                sb.append("  list entry: ").append(Equivalents.line(Equivalents.Kind.EQUIVALENT, m, "REASON"))
                        .append('\n');
            } else {
                sb.append("  reason: ").append(equivalents.of(m).reason()).append('\n');
            }
        }
    }
}
