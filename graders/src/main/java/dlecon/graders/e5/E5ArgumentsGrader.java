package dlecon.graders.e5;

import dlecon.api.Exercise;
import dlecon.api.e5.DropoutFactory;
import dlecon.api.nn.Layer;
import dlecon.grading.api.Credit;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.GradingFailure;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden E5 graders: the passes' checks of their arguments and state, and the empty batch. */
@GraderSuite(exercise = Exercise.E5, visibility = Visibility.HIDDEN)
class E5ArgumentsGrader {

    @Test
    @DisplayName("backward before any forward pass is an IllegalStateException; null or ragged inputs and gradients "
            + "of another shape are rejected; an empty batch gives an empty result")
    @Graded(points = 1, category = "argument checks", task = Tasks.ARGUMENTS,
            hint = "forward: IllegalArgumentException for a null X, a null row or rows of unequal length; backward: "
                    + "IllegalStateException before any forward pass, IllegalArgumentException unless dE/dY has the "
                    + "shape of the last input; N = 0 rows is a valid (empty) batch")
    void passesCheckTheirArguments(DropoutFactory factory, TestSeed seed, Credit credit) {
        SplittableRandom rng = seed.random();
        for (int[] shape : new int[][] {{1, 1}, {3, 2}}) {
            credit.check("backward of a " + shape[0] + " x " + shape[1] + " gradient before any forward pass",
                    () -> expectThrown(IllegalStateException.class, "backward before forward",
                            () -> fresh(factory, seed).backward(Masks.ones(shape[0], shape[1]))));
        }
        credit.check("forward(null, true)", () -> expectThrown(IllegalArgumentException.class, "forward(null, true)",
                () -> fresh(factory, seed).forward(null, true)));
        credit.check("forward(null, false)", () -> expectThrown(IllegalArgumentException.class,
                "forward(null, false)", () -> fresh(factory, seed).forward(null, false)));
        double[][] nullFirst = {null, {1, 2}};
        double[][] nullLater = {{1, 2}, null};
        double[][] shorter = {{1, 2, 3}, {4, 5}};
        double[][] longer = {{1, 2}, {3, 4, 5}};
        Object[][] bad = {{"a null first row", nullFirst}, {"a null second row", nullLater},
            {"a second row shorter than the first", shorter}, {"a second row longer than the first", longer}};
        for (Object[] b : bad) {
            for (boolean training : new boolean[] {true, false}) {
                credit.check("forward of " + b[0] + ", training " + training, () -> expectThrown(
                        IllegalArgumentException.class, "forward of " + b[0],
                        () -> fresh(factory, seed).forward((double[][]) b[1], training)));
            }
        }
        for (boolean training : new boolean[] {true, false}) {
            String pass = training ? "a training pass" : "an inference pass";
            for (Object[] w : wrongGradients()) {
                credit.check("backward of " + w[0] + " after " + pass + " on 4 x 5", () -> {
                    Layer drop = fresh(factory, seed);
                    drop.forward(Masks.gaussian(rng, 4, 5), training);
                    expectThrown(IllegalArgumentException.class, "backward of " + w[0],
                            () -> drop.backward((double[][]) w[1]));
                });
            }
            credit.check("backward(null) after " + pass, () -> {
                Layer drop = fresh(factory, seed);
                drop.forward(Masks.ones(2, 2), training);
                expectThrown(IllegalArgumentException.class, "backward(null)", () -> drop.backward(null));
            });
            credit.check("an empty batch (0 rows) in " + pass, () -> {
                Layer drop = fresh(factory, seed);
                Masks.expectShape("forward of an empty batch", drop.forward(new double[0][], training), 0, 0);
                Masks.expectShape("backward of an empty batch", drop.backward(new double[0][]), 0, 0);
            });
        }
    }

    /** Gradients that do not fit a 4 x 5 input, with their description. */
    private static Object[][] wrongGradients() {
        double[][] ragged = Masks.ones(4, 5);
        ragged[3] = new double[3];
        return new Object[][] {{"a 5 x 5 gradient", Masks.ones(5, 5)}, {"a 3 x 5 gradient", Masks.ones(3, 5)},
            {"a 4 x 6 gradient", Masks.ones(4, 6)}, {"a 4 x 4 gradient", Masks.ones(4, 4)},
            {"a 5 x 4 gradient (transposed)", Masks.ones(5, 4)}, {"a 0 x 5 gradient", new double[0][]},
            {"a 4 x 5 gradient with a last row of 3", ragged}};
    }

    private static Layer fresh(DropoutFactory factory, TestSeed seed) {
        return factory.dropout(0.5, new SplittableRandom(seed.value()));
    }

    private static void expectThrown(Class<? extends RuntimeException> type, String what, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw new GradingFailure(what, type.getSimpleName(), e.toString(), "");
        }
        throw new GradingFailure(what, type.getSimpleName(), "no exception", "");
    }
}
