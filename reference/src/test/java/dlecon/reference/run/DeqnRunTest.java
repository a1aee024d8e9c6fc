package dlecon.reference.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeqnRunTest {

    @Test
    void maxErrorAndLossesAreReadFromTheRun() {
        DeqnRun r = new DeqnRun(3, List.of(new PolicyPoint(0.1, 0.35, 0.3564, 0.0064),
                new PolicyPoint(0.5, 0.3664, 0.3564, 0.01), new PolicyPoint(1, 0.3564, 0.3564, 0)),
                new double[] {1e-2, 1e-5, 1e-9});
        assertThat(r.maxAbsError()).isEqualTo(0.01);
        assertThat(r.log10LossAt(1)).isCloseTo(-5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.finalLog10Loss()).isCloseTo(-9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.log10LossAt(3)).isNaN();
        assertThat(r.meanLog10LossLast(2)).isCloseTo(-7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.meanLog10LossLast(10)).isCloseTo(-16.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aNanPolicyGivesANanMaximum() {
        DeqnRun r = new DeqnRun(0, List.of(new PolicyPoint(0.1, 0.3, 0.3564, 0.0564),
                new PolicyPoint(0.2, Double.NaN, 0.3564, Double.NaN), new PolicyPoint(0.3, 0.3, 0.3564, 0.0564)),
                new double[0]);
        assertThat(r.maxAbsError()).isNaN();
        assertThat(r.finalLog10Loss()).isNaN();
        assertThat(r.meanLog10LossLast(5)).isNaN();
    }
}
