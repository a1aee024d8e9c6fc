package dlecon.grading.batch;

import dlecon.grading.engine.GradingRun;
import dlecon.grading.engine.SubmissionArchive;
import dlecon.grading.model.GradeReport;
import dlecon.grading.report.CsvWriter;
import dlecon.grading.report.Reports;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Grades every sub-folder of a folder as one submission (its name is the student id), {@code jobs} at a time,
 * keeping only this shard's students. Each student's reports go to {@code out/<id>/}; the rows form
 * {@code out/gradebook.csv}. A submission that cannot be graded at all is scored 0 with the reason; it never stops
 * the batch.
 */
public final class BatchGrader {

    private final GradingRun run;
    private final int jobs;
    private final Shard shard;
    private final PrintStream progress;
    private final long perStudentSeconds;
    private final ClassSummary summary = new ClassSummary();

    /** How often the batch looks at the students being graded. */
    private static final long POLL_MILLIS = 100;

    /**
     * @param run               grades one submission (exercises one after another)
     * @param jobs              submissions graded at once
     * @param shard             which students this run grades
     * @param progress          where the progress bar goes, or null for none
     * @param perStudentSeconds wall time after which a student's grading is stopped and scored 0
     */
    public BatchGrader(GradingRun run, int jobs, Shard shard, PrintStream progress, long perStudentSeconds) {
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
        if (perStudentSeconds < 1) {
            throw new IllegalArgumentException("the time limit per student must be at least 1 s");
        }
        this.run = run;
        this.jobs = jobs;
        this.shard = shard;
        this.progress = progress;
        this.perStudentSeconds = perStudentSeconds;
    }

    /**
     * The students of {@code folder} in this shard, sorted by id: its sub-folders and its {@code .zip} files (the
     * id without {@code .zip}; a zip beside a folder of the same id is left out); hidden entries skipped.
     */
    public List<Path> students(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("batch folder " + folder + " does not exist");
        }
        List<Path> all;
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> entries = s.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            java.util.Set<String> folders = new java.util.HashSet<>();
            entries.stream().filter(Files::isDirectory).forEach(p -> folders.add(p.getFileName().toString()));
            all = entries.stream().filter(p -> Files.isDirectory(p)
                    || SubmissionArchive.isZip(p) && !folders.contains(SubmissionArchive.idOf(p)))
                    .sorted(java.util.Comparator.comparing(BatchGrader::studentId)).toList();
        }
        List<Path> mine = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (shard.selects(i)) {
                mine.add(all.get(i));
            }
        }
        return mine;
    }

    /**
     * Grades this shard of {@code folder} into {@code out}; returns the gradebook written. A student whose grading
     * runs past {@link #perStudentSeconds} is scored 0 with that reason (its grading is interrupted and its slot
     * given to the next student); the gradebook is written whatever happens to single students.
     */
    public Gradebook run(Path folder, Path out) throws IOException {
        List<Path> students = students(folder);
        Files.createDirectories(out);
        Gradebook book = new Gradebook();
        // threads of their own: a grading that ignores its interrupt must not hold one of the --jobs slots
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "grade-student");
            t.setDaemon(true);
            return t;
        });
        List<String> unwritten = new ArrayList<>();
        try (ProgressBar bar = progress == null ? null : bar(students.size())) {
            Deque<Path> queue = new ArrayDeque<>(students);
            List<Running> running = new ArrayList<>();
            while (!queue.isEmpty() || !running.isEmpty()) {
                while (running.size() < jobs && !queue.isEmpty()) {
                    Path dir = queue.poll();
                    running.add(new Running(dir, System.nanoTime(), pool.submit(() -> gradeOne(dir))));
                }
                for (Running r : List.copyOf(running)) {
                    GradeReport report = r.resultOrTimeout();
                    if (report == null) {
                        continue;
                    }
                    running.remove(r);
                    book.add(CsvWriter.row(report));
                    summary.add(report);
                    try {
                        Reports.writeAll(report, out.resolve(report.submission()));
                    } catch (IOException | UncheckedIOException e) {
                        unwritten.add(report.submission() + ": " + e.getMessage());
                    }
                    if (bar != null) {
                        bar.step();
                    }
                }
                if (!running.isEmpty()) {
                    Thread.sleep(POLL_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch interrupted", e);
        } finally {
            pool.shutdownNow();
            book.write(out);
        }
        if (!unwritten.isEmpty()) {
            throw new IOException("the gradebook is written, but the reports of " + unwritten.size()
                    + " student(s) could not be: " + String.join("; ", unwritten));
        }
        return book;
    }

    /** One student being graded. */
    private final class Running {
        private final Path dir;
        private final long startNanos;
        private final Future<GradeReport> future;

        Running(Path dir, long startNanos, Future<GradeReport> future) {
            this.dir = dir;
            this.startNanos = startNanos;
            this.future = future;
        }

        /** The report when done, a zero report when past the limit (grading cancelled), else null. */
        GradeReport resultOrTimeout() throws InterruptedException {
            String id = studentId(dir);
            if (future.isDone()) {
                try {
                    return future.get();
                } catch (ExecutionException e) {
                    return run.failed(id, "could not be graded: " + e.getCause());
                }
            }
            if (System.nanoTime() - startNanos > TimeUnit.SECONDS.toNanos(perStudentSeconds)) {
                future.cancel(true);
                return run.failed(id, "grading did not finish within " + perStudentSeconds
                        + " s (the limit per student) and was stopped");
            }
            return null;
        }
    }

    /** The counts of the students graded so far by {@link #run}, for the console's closing line. */
    public ClassSummary summary() {
        return summary;
    }

    /** The student id of a folder or zip in the class folder. */
    static String studentId(Path entry) {
        return SubmissionArchive.isZip(entry) ? SubmissionArchive.idOf(entry) : entry.getFileName().toString();
    }

    private GradeReport gradeOne(Path dir) {
        String id = studentId(dir);
        try (SubmissionArchive.Opened opened = SubmissionArchive.open(id, dir)) {
            return run.grade(opened.submission());
        } catch (IOException | RuntimeException e) { // a refused zip or anything else: this student only
            return run.failed(id, "could not be graded: " + e.getMessage());
        }
    }

    private ProgressBar bar(int size) {
        return new ProgressBarBuilder().setTaskName("grading " + shard).setInitialMax(size)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(progress)).build();
    }
}
