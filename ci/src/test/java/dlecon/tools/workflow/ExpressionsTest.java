package dlecon.tools.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

    private static final Map<String, Object> CTX = Map.of(
            "inputs", Map.of("shards", "3", "repo", ""),
            "github", Map.of("actor", "github-classroom[bot]"),
            "needs", Map.of("plan", Map.of("outputs", Map.of("list", "[1,2,3]"))),
            "steps", Map.of("grade", Map.of("outputs", Map.of("result", "eyJ9"))));

    private static Expressions ok() {
        return new Expressions(p -> JobRunner.resolve(CTX, p), false);
    }

    private static Expressions afterFailure() {
        return new Expressions(p -> JobRunner.resolve(CTX, p), true);
    }

    @Test
    void substitutesPathsAndLiterals() {
        assertThat(ok().substitute("shard-${{ inputs.shards }} of ${{ 'x' }}${{ 2 }}")).isEqualTo("shard-3 of x2");
        assertThat(ok().substitute("[${{ inputs.missing }}]")).as("absent is empty").isEqualTo("[]");
    }

    @Test
    void comparesAsGitHubDoes() {
        assertThat(ok().evaluate("github.actor != 'github-classroom[bot]'")).isEqualTo(false);
        assertThat(ok().evaluate("inputs.repo != ''")).isEqualTo(false);
        assertThat(ok().evaluate("steps.other.outputs.result != ''")).as("null equals ''").isEqualTo(false);
        assertThat(ok().evaluate("steps.grade.outputs.result != ''")).isEqualTo(true);
        assertThat(ok().evaluate("!(inputs.shards == '3') || 'b'")).isEqualTo("b");
        assertThat(ok().evaluate("inputs.shards == 3")).isEqualTo(true);
    }

    @Test
    void looseEqualityAndPrecedenceAsOnGitHub() {
        assertThat(ok().evaluate("github.actor == 'GITHUB-CLASSROOM[BOT]'")).as("strings ignore case").isEqualTo(true);
        assertThat(ok().evaluate("null == 0")).isEqualTo(true);
        assertThat(ok().evaluate("'0' == false")).isEqualTo(true);
        assertThat(ok().evaluate("'true' == true")).as("'true' is NaN as a number").isEqualTo(false);
        assertThat(ok().evaluate("!inputs.shards == 'x'")).as("! binds tighter than ==").isEqualTo(false);
        assertThat(ok().evaluate("fromJson('[1]')")).as("function names in any case").isEqualTo(List.of(1));
    }

    @Test
    void readsJsonOfAnEarlierJob() {
        assertThat(ok().evaluate("fromJSON(needs.plan.outputs.list)")).isEqualTo(List.of(1, 2, 3));
    }

    @Test
    void statusFunctionsDecideConditions() {
        assertThat(ok().condition(null)).isTrue();
        assertThat(afterFailure().condition(null)).as("success() by default").isFalse();
        assertThat(afterFailure().condition("inputs.shards == '3'")).isFalse();
        assertThat(afterFailure().condition("${{ always() && steps.grade.outputs.result != '' }}")).isTrue();
        assertThat(afterFailure().condition("failure()")).isTrue();
        assertThat(ok().condition("failure()")).isFalse();
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> ok().evaluate("hashFiles('**/pom.xml')"))
                .hasMessageContaining("does not know the function hashFiles()");
        assertThatThrownBy(() -> ok().evaluate("inputs.shards ==")).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> ok().evaluate("inputs.shards $ 2")).hasMessageContaining("cannot read");
    }
}
