package dlecon.reference.run;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One part of the reference run: computes its results, writes its files into the output directory and returns
 * what the summary shows. New experiments (other growth models) are added as further implementations.
 */
public interface Part {

    /** Short title, used as the heading of the part's section in the summary. */
    String title();

    /**
     * Runs the part.
     *
     * @param outDir existing output directory; the part's files are written into it
     * @return the tables and settings for the summary
     * @throws IOException if a file cannot be written
     */
    PartReport run(Path outDir) throws IOException;
}
