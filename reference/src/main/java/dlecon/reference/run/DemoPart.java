package dlecon.reference.run;

import dlecon.reference.demo.Demo;
import dlecon.reference.demo.DemoRow;
import java.nio.file.Path;
import java.util.List;

/** Part 1: the foundation demonstration (perceptron, MLPs on XOR and Iris) of {@link Demo}, as a summary table. */
public final class DemoPart implements Part {

    private final Implementations impl;
    private final int seeds;

    /** @param seeds seeds of each stochastic experiment */
    public DemoPart(Implementations impl, int seeds) {
        this.impl = impl;
        this.seeds = seeds;
    }

    @Override
    public String title() {
        return "Foundations: perceptron and MLPs";
    }

    @Override
    public PartReport run(Path outDir) {
        List<DemoRow> rows = new Demo(impl.perceptrons(), impl.mlp(), impl.optimizers(), seeds).run();
        MarkdownTable table = new MarkdownTable("", List.of("experiment", "setting", "result", "course"),
                rows.stream().map(r -> List.of(r.experiment(), r.setting(), r.result(), r.course())).toList());
        return new PartReport(title(), seeds + " seeds (0 .. " + (seeds - 1) + ") per stochastic experiment",
                List.of(table), List.of());
    }
}
