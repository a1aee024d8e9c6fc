package dlecon.grading.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines run public tests alone (no grader renaming is prepared for them), in both option forms. */
class MainArgumentsTest {

    @Test
    void publicOnlyIsTheVisibilityOptionWithPublic() {
        assertThat(Main.publicOnly(new String[] {"grade", "reference", "--visibility", "public"})).isTrue();
        assertThat(Main.publicOnly(new String[] {"grade", "--visibility=public", "reference"})).isTrue();
        assertThat(Main.publicOnly(new String[] {"grade", "reference"})).isFalse();
        assertThat(Main.publicOnly(new String[] {"grade", "reference", "--visibility", "all"})).isFalse();
        assertThat(Main.publicOnly(new String[] {"grade", "reference", "--visibility"})).isFalse();
        assertThat(Main.publicOnly(new String[] {"grade", "public"})).as("a folder named public").isFalse();
    }
}
