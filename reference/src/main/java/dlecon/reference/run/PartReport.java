package dlecon.reference.run;

import java.util.List;

/**
 * What one part contributes to the summary.
 *
 * @param title    the part's title
 * @param settings one line describing the settings used
 * @param tables   the result tables (accuracy reached beside the course's figures)
 * @param files    names of the files written into the output directory
 */
public record PartReport(String title, String settings, List<MarkdownTable> tables, List<String> files) {

    public PartReport {
        tables = List.copyOf(tables);
        files = List.copyOf(files);
    }
}
