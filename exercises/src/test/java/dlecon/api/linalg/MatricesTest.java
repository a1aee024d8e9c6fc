package dlecon.api.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatricesTest {

    @Test
    void multiplyTransposeAppend() {
        double[][] a = {{1, 2}, {3, 4}, {5, 6}};
        double[][] b = {{1, 0, 2}, {0, 1, 3}};
        assertThat(Matrices.multiply(a, b)).isDeepEqualTo(new double[][] {{1, 2, 8}, {3, 4, 18}, {5, 6, 28}});
        assertThat(Matrices.transpose(a)).isDeepEqualTo(new double[][] {{1, 3, 5}, {2, 4, 6}});
        assertThat(Matrices.appendColumn(a, -1)[1]).containsExactly(3, 4, -1);
        double[][] c = Matrices.copy(a);
        c[0][0] = 9;
        assertThat(a[0][0]).isEqualTo(1);
    }

    @Test
    void shapeErrorsNameTheProblem() {
        assertThatThrownBy(() -> Matrices.multiply(new double[][] {{1, 2, 3}}, new double[][] {{1}, {2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shape mismatch");
        assertThatThrownBy(() -> Matrices.requireShape("X", new double[][] {{1, 2}, {3}}, 2, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X row 1");
    }
}
