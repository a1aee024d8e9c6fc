package dlecon.reference.demo;

import java.util.List;

/** Formats demonstration rows as a Markdown table (readable on a console too). */
public final class DemoTable {

    private DemoTable() {
    }

    /** The rows as a Markdown table with aligned columns. */
    public static String format(List<DemoRow> rows) {
        String[] head = {"experiment", "setting", "result", "course"};
        int[] w = new int[4];
        for (int j = 0; j < 4; j++) {
            w[j] = head[j].length();
        }
        for (DemoRow r : rows) {
            String[] c = cells(r);
            for (int j = 0; j < 4; j++) {
                w[j] = Math.max(w[j], c[j].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, head, w);
        String[] rule = new String[4];
        for (int j = 0; j < 4; j++) {
            rule[j] = "-".repeat(w[j]);
        }
        line(sb, rule, w);
        for (DemoRow r : rows) {
            line(sb, cells(r), w);
        }
        return sb.toString();
    }

    private static String[] cells(DemoRow r) {
        return new String[] {r.experiment(), r.setting(), r.result(), r.course()};
    }

    private static void line(StringBuilder sb, String[] cells, int[] w) {
        sb.append('|');
        for (int j = 0; j < cells.length; j++) {
            sb.append(' ').append(cells[j]).append(" ".repeat(w[j] - cells[j].length())).append(" |");
        }
        sb.append('\n');
    }
}
