package dlecon.reference.run;

import java.util.List;

/**
 * A table for the Markdown summary: an optional caption, a header and rows of cells (each row as long as the
 * header).
 *
 * @param caption text printed above the table ("" for none)
 * @param header  the column names
 * @param rows    the cells, row by row
 */
public record MarkdownTable(String caption, List<String> header, List<List<String>> rows) {

    /** @throws IllegalArgumentException if the header is empty or a row's length differs from the header's */
    public MarkdownTable {
        header = List.copyOf(header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("row " + r + " has " + r.size() + " cells, the header has "
                        + header.size());
            }
        }
    }
}
