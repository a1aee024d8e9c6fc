package dlecon.reference.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Renders tables and the run's summary as Markdown. */
public final class MarkdownWriter {

    private MarkdownWriter() {
    }

    /**
     * The table as GitHub Markdown with aligned columns; a '|' inside a cell is escaped as '\|' and line breaks
     * become spaces.
     */
    public static String table(MarkdownTable t) {
        List<String> head = t.header().stream().map(MarkdownWriter::cell).toList();
        List<List<String>> rows = t.rows().stream().map(r -> r.stream().map(MarkdownWriter::cell).toList()).toList();
        int[] w = new int[head.size()];
        for (int j = 0; j < w.length; j++) {
            w[j] = Math.max(3, head.get(j).length());
            for (List<String> r : rows) {
                w[j] = Math.max(w[j], r.get(j).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!t.caption().isEmpty()) {
            sb.append(t.caption()).append("\n\n");
        }
        line(sb, head, w);
        line(sb, head.stream().map(h -> "").toList(), w, '-');
        for (List<String> r : rows) {
            line(sb, r, w);
        }
        return sb.toString();
    }

    /**
     * The summary: a heading and the mode, then per part a section with its wall time, settings, tables and files,
     * and finally the total wall time.
     */
    public static String summary(String mode, List<TimedReport> parts) {
        StringBuilder sb = new StringBuilder("# Reference run\n\nMode: ").append(mode).append("\n\n");
        double total = 0;
        for (TimedReport p : parts) {
            PartReport r = p.report();
            total += p.seconds();
            sb.append("## ").append(r.title()).append("\n\n");
            sb.append(String.format(Locale.ROOT, "Wall time: %.1f s\n\n", p.seconds()));
            sb.append("Settings: ").append(r.settings()).append("\n\n");
            for (MarkdownTable t : r.tables()) {
                sb.append(table(t)).append('\n');
            }
            if (!r.files().isEmpty()) {
                sb.append("Files: ").append(String.join(", ", r.files().stream().map(f -> "`" + f + "`").toList()))
                        .append("\n\n");
            }
        }
        sb.append(String.format(Locale.ROOT, "Total wall time of the parts: %.1f s\n", total));
        return sb.toString();
    }

    /** Writes {@link #summary} to {@code file} (UTF-8). */
    public static void writeSummary(Path file, String mode, List<TimedReport> parts) throws IOException {
        Files.writeString(file, summary(mode, parts), StandardCharsets.UTF_8);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ');
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w) {
        line(sb, cells, w, ' ');
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w, char pad) {
        sb.append('|');
        for (int j = 0; j < cells.size(); j++) {
            String c = cells.get(j);
            sb.append(' ').append(c).append(String.valueOf(pad).repeat(w[j] - c.length())).append(" |");
        }
        sb.append('\n');
    }
}
