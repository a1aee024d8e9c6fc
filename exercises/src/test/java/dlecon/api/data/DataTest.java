package dlecon.api.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DataTest {

    @Test
    void irisHas150RowsFiftyPerClass() {
        Dataset iris = Iris.load();
        assertThat(iris.size()).isEqualTo(150);
        assertThat(iris.x()[0]).containsExactly(5.1, 3.5, 1.4, 0.2);
        assertThat(iris.x()[149]).containsExactly(5.9, 3.0, 5.1, 1.8);
        int[] counts = new int[3];
        for (double[] t : iris.t()) {
            assertThat(Arrays.stream(t).sum()).isEqualTo(1.0);
            for (int k = 0; k < 3; k++) {
                counts[k] += (int) t[k];
            }
        }
        assertThat(counts).containsExactly(50, 50, 50);
    }

    @Test
    void marslandNormalisationCentresAndScalesToUnitMaximum() {
        double[][] x = {{1, 10, 7}, {2, 20, 7}, {6, 30, 7}};
        double[][] n = Preprocessing.normalise(x);
        // column 0: mean 3, centred -2, -1, 3, divided by max(|3|, |-2|) = 3
        assertThat(n[0][0]).isEqualTo(-2.0 / 3);
        assertThat(n[2][0]).isEqualTo(1.0);
        // column 1: mean 20, centred -10, 0, 10, divided by 10
        assertThat(new double[] {n[0][1], n[1][1], n[2][1]}).containsExactly(-1.0, 0.0, 1.0);
        // a constant column becomes 0, not NaN
        assertThat(n[1][2]).isEqualTo(0.0);
        assertThat(x[0][0]).as("input not modified").isEqualTo(1.0);
    }

    @Test
    void marslandSplitTakesEverySecondAndEveryFourthRow() {
        double[][] x = new double[10][1];
        for (int i = 0; i < 10; i++) {
            x[i][0] = i;
        }
        Preprocessing.Split s = Preprocessing.marslandSplit(new Dataset(x, x));
        assertThat(Arrays.stream(s.train().x()).mapToDouble(r -> r[0]).toArray()).containsExactly(0, 2, 4, 6, 8);
        assertThat(Arrays.stream(s.validation().x()).mapToDouble(r -> r[0]).toArray()).containsExactly(1, 5, 9);
        assertThat(Arrays.stream(s.test().x()).mapToDouble(r -> r[0]).toArray()).containsExactly(3, 7);
    }

    @Test
    void irisSplitIsDeterministicPerSeedAndDisjoint() {
        Preprocessing.Split a = Preprocessing.irisSplit(new SplittableRandom(3));
        Preprocessing.Split b = Preprocessing.irisSplit(new SplittableRandom(3));
        Preprocessing.Split c = Preprocessing.irisSplit(new SplittableRandom(4));
        assertThat(a.train().x()).isDeepEqualTo(b.train().x());
        assertThat(a.train().x()).isNotEqualTo(c.train().x());
        assertThat(a.train().size() + a.validation().size() + a.test().size()).isEqualTo(150);
        assertThat(a.train().size()).isEqualTo(75);
    }

    @Test
    void permutationIsAPermutation() {
        int[] p = Preprocessing.permutation(1000, new SplittableRandom(1));
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 1000; i++) {
            assertThat(sorted[i]).isEqualTo(i);
        }
        assertThat(p).isNotEqualTo(sorted);
    }

    @Test
    void datasetRejectsMismatchedRows() {
        assertThatThrownBy(() -> new Dataset(new double[2][1], new double[3][1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 rows");
    }

    @Test
    void logicTables() {
        assertThat(LogicTables.xor().t()).isDeepEqualTo(new double[][] {{0}, {1}, {1}, {0}});
        assertThat(LogicTables.and().t()).isDeepEqualTo(new double[][] {{0}, {0}, {0}, {1}});
        assertThat(LogicTables.or().t()).isDeepEqualTo(new double[][] {{0}, {1}, {1}, {1}});
    }
}
