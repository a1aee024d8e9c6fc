package dlecon.tools.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateGeneratorTest {

    private static final String SOURCE = String.join("\n",
            "class A {",
            "    // BEGIN REMOVE",
            "    private int secret = 42;",
            "    // END REMOVE",
            "    /** Doc stays. */",
            "    int f(int x) {",
            "        if (x < 0) throw new IllegalArgumentException();",
            "        // BEGIN SOLUTION: E1 compute \"f\"",
            "        return secret + x;",
            "        // END SOLUTION",
            "    }",
            "}");

    @Test
    void replacesSolutionAndDeletesRemoveRegions() {
        TemplateGenerator.Result r = TemplateGenerator.generate("A.java", SOURCE);
        assertThat(r.solutionRegions()).isEqualTo(1);
        assertThat(r.removedRegions()).isEqualTo(1);
        assertThat(r.text()).doesNotContain("secret").doesNotContain("BEGIN").doesNotContain("return")
                .contains("/** Doc stays. */")
                .contains("if (x < 0) throw new IllegalArgumentException();")
                .contains("        throw new UnsupportedOperationException(\"TODO E1 compute \\\"f\\\"\");");
    }

    @Test
    void unclosedRegionIsReportedWithLine() {
        assertThatThrownBy(() -> TemplateGenerator.generate("B.java", "x\n// BEGIN SOLUTION: E2 t\ny\n"))
                .isInstanceOf(MarkerException.class).hasMessageContaining("B.java:2").hasMessageContaining("never closed");
    }

    @Test
    void nestedRegionsAreRefused() {
        String s = "// BEGIN REMOVE\n// BEGIN SOLUTION: E2 t\n// END SOLUTION\n}\n// END REMOVE\n";
        assertThatThrownBy(() -> TemplateGenerator.generate("C.java", s))
                .isInstanceOf(MarkerException.class).hasMessageContaining("do not nest");
    }

    @Test
    void solutionMustEndTheMethodBody() {
        String s = "int f() {\n// BEGIN SOLUTION: E3 t\nint y = 1;\n// END SOLUTION\nreturn y;\n}\n";
        assertThatThrownBy(() -> TemplateGenerator.generate("D.java", s))
                .isInstanceOf(MarkerException.class).hasMessageContaining("closing brace");
    }

    @Test
    void solutionMarkerNeedsAnExerciseId() {
        String s = "int f() {\n// BEGIN SOLUTION: compute\nreturn 1;\n// END SOLUTION\n}\n";
        assertThatThrownBy(() -> TemplateGenerator.generate("E.java", s))
                .isInstanceOf(MarkerException.class).hasMessageContaining("E<n>");
    }

    @Test
    void strayEndMarkerIsRefused() {
        assertThatThrownBy(() -> TemplateGenerator.generate("F.java", "a\n// END REMOVE\n"))
                .isInstanceOf(MarkerException.class).hasMessageContaining("F.java:2");
    }
}
