package dlecon.grading.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** A channel line reads back as the record that wrote it, whatever its text holds; anything else is refused. */
class ChannelRecordTest {

    @Test
    void everyFieldSurvivesTheLine() {
        ChannelRecord full = new ChannelRecord("finished", "[engine:junit-jupiter]/[class:a.B]/[method:f(x.Y)]",
                "FAILED", "quote \" backslash \\ tab \t newline \n end", "0.25", "-0.25", "|a-e| <= 1e-9", 2, 3,
                "ünïcödé \u0000 \u2028 output", 123_456_789_012L);
        String line = full.toJson();
        assertThat(line).doesNotContain("\n");
        assertThat(ChannelRecord.parse(line)).isEqualTo(full);
        ChannelRecord ready = ChannelRecord.event("ready");
        assertThat(ready.toJson()).doesNotContain("null").doesNotContain("\"id\"");
        assertThat(ChannelRecord.parse(ready.toJson())).isEqualTo(ready);
        assertThat(ChannelRecord.parse("{\"event\":\"started\",\"id\":\"x\",\"extra\":{\"a\":[1,2]},\"id2\":null}"))
                .isEqualTo(ChannelRecord.started("x"));
    }

    @Test
    void aMalformedLineIsNamed() {
        for (String bad : new String[] {"", "[]", "{\"event\":\"done\"", "{\"event\":1}", "{\"passed\":\"2\"}",
                "{\"event\":\"done\"} {}"}) {
            assertThatThrownBy(() -> ChannelRecord.parse(bad)).as(bad).isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("malformed channel line: ");
        }
    }
}
