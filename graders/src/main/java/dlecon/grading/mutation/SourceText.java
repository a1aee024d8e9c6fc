package dlecon.grading.mutation;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** A source file's text with the offsets of its lines, so that parsed nodes can be cut out and replaced by text. */
final class SourceText {

    private final String text;
    private final int[] lineStart;

    SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStart = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    /** The offset of a parser position (1-based line and column; tabs count as one column). */
    int offset(Position p) {
        return lineStart[p.line - 1] + p.column - 1;
    }

    /** First character of the node. */
    int begin(Node n) {
        return offset(range(n).begin);
    }

    /** One past the node's last character. */
    int end(Node n) {
        return offset(range(n).end) + 1;
    }

    /** The node's source text exactly as written. */
    String of(Node n) {
        return text.substring(begin(n), end(n));
    }

    /** The source of {@code n} with the given sub-node ranges replaced (edits must not overlap). */
    String of(Node n, List<Node> parts, List<String> replacements) {
        int from = begin(n);
        StringBuilder sb = new StringBuilder();
        int at = from;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(begin(parts.get(a)), begin(parts.get(b))));
        for (int i : order) {
            sb.append(text, at, begin(parts.get(i))).append(replacements.get(i));
            at = end(parts.get(i));
        }
        return sb.append(text, at, end(n)).toString();
    }

    /** The touched lines of the reference and of the mutated text, both collapsed to one line. */
    String[] diff(int begin, int end, String replacement) {
        int first = lineOf(begin);
        int last = lineOf(Math.max(begin, end - 1));
        int from = lineStart[first];
        int to = last + 1 < lineStart.length ? lineStart[last + 1] : text.length();
        String before = text.substring(from, to);
        String after = text.substring(from, begin) + replacement + text.substring(end, to);
        return new String[] {collapse(before), collapse(after)};
    }

    /** 1-based line of an offset. */
    int line(int offset) {
        return lineOf(offset) + 1;
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStart.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStart[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static Range range(Node n) {
        return n.getRange().orElseThrow(() -> new IllegalStateException("a parsed node without a range: " + n));
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
