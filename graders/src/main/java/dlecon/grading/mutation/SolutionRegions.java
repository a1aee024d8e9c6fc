package dlecon.grading.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The line ranges of a reference source file that students write: the lines between a solution region's opening
 * and closing marker comments, and between a remove region's (helpers only solution code uses), as
 * {@code reference/README.md} describes them. The marker convention itself is enforced by the template generator and
 * its test; this only locates the regions. (The patterns match the markers' words with {@code \s+}, so this file
 * holds no marker the student-repository export would refuse.)
 */
final class SolutionRegions {

    private static final Pattern BEGIN = Pattern.compile("^\\s*//\\s+BEGIN\\s+(SOLUTION:.*|REMOVE)\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*//\\s+END\\s+(SOLUTION|REMOVE)\\s*$");

    /** One region: the lines strictly between its two markers, 1-based and inclusive. */
    record Region(int firstLine, int lastLine) {
        boolean contains(int beginLine, int endLine) {
            return beginLine >= firstLine && endLine <= lastLine;
        }
    }

    private final List<Region> regions;

    private SolutionRegions(List<Region> regions) {
        this.regions = List.copyOf(regions);
    }

    /** The regions of a source text; an unclosed region ends at the last line. */
    static SolutionRegions of(String source) {
        List<Region> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        int open = -1;
        for (int i = 0; i < lines.length; i++) {
            if (open < 0 && BEGIN.matcher(lines[i]).matches()) {
                open = i + 1;
            } else if (open >= 0 && END.matcher(lines[i]).matches()) {
                out.add(new Region(open + 1, i));
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new Region(open + 1, lines.length));
        }
        return new SolutionRegions(out);
    }

    /** True when lines beginLine..endLine lie inside one region. */
    boolean contains(int beginLine, int endLine) {
        for (Region r : regions) {
            if (r.contains(beginLine, endLine)) {
                return true;
            }
        }
        return false;
    }

    /** True when the file has no region (nothing to mutate). */
    boolean isEmpty() {
        return regions.isEmpty();
    }
}
