package dlecon.grading.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GradingRunTest {

    @Test
    void referenceOnTheGradingClassPathIsRefused() {
        assertThatThrownBy(() -> GradingRun.checkedClassPath("/x/dlecon-exercises-0.1.jar:/m2/dlecon-reference-0.1.jar"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("would shadow the submission");
        assertThatThrownBy(() -> GradingRun.checkedClassPath("/repo/reference/target/classes"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(GradingRun.checkedClassPath("/x/dlecon-exercises-0.1.jar::/y/asm.jar"))
                .containsExactly("/x/dlecon-exercises-0.1.jar", "/y/asm.jar");
    }

    @Test
    void theEngineTestsOwnGradingClassPathHoldsNoReference() {
        assertThat(GradingRun.harnessClassPath()).noneMatch(e -> e.contains("reference"));
    }
}
