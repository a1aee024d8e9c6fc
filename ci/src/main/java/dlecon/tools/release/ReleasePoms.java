package dlecon.tools.release;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites this repository's POMs into those of the standalone student repository: group {@value #GROUP} (so its
 * artifacts never replace the instructor's in a local Maven repository), modules {@code exercises}, {@code graders}
 * and {@code solution}, no reference, no CI tooling, and a student build that fails when a grader test fails. Each
 * rewrite must match: a POM that no longer looks as expected stops the export with the step that failed.
 */
final class ReleasePoms {

    /** The Maven group of the exported modules. */
    static final String GROUP = "org.dlecon.course";

    private static final String[] FORBIDDEN = {"dlecon-reference", "dlecon-ci", "student-template", "benchmarks"};

    private ReleasePoms() {
    }

    /** The parent POM: same versions and plugin management, the three student modules. */
    static String parent(String pom) {
        String p = group(pom);
        p = replace(p, "(?s)<modules>.*?</modules>", "<modules>\n    <module>exercises</module>\n"
                + "    <module>graders</module>\n    <module>solution</module>\n  </modules>", "modules");
        p = replace(p, "<name>[^<]*</name>", "<name>dlecon course: student repository</name>", "name");
        p = replace(p, "(?s)<description>.*?</description>", "<description>Your solution of the exercises, the "
                + "course API and the public grader tests.</description>", "description");
        p = replace(p, "<properties>", "<properties>\n    <!-- `mvn verify -Dtest='E3*'` runs one exercise's tests: the modules without"
                + " them must not fail -->\n    <surefire.failIfNoSpecifiedTests>false</surefire.failIfNoSpecifiedTests>\n",
                "properties");
        p = removeDependency(p, "dlecon-reference");
        p = removeDependency(p, "dlecon-ci");
        return checked(p, "pom.xml");
    }

    /** The API module: only the group changes. */
    static String exercises(String pom) {
        return checked(group(pom), "exercises/pom.xml");
    }

    /** The grading engine with the public suites: no test dependencies on the reference, no test configuration. */
    static String graders(String pom) {
        String p = group(pom);
        p = replace(p, "(?s)<description>.*?</description>", "<description>The course's grading engine and the public "
                + "grader suites (./grade runs them).</description>", "description");
        p = replace(p, "\\s*<dependency><groupId>" + Pattern.quote(GROUP) + "</groupId><artifactId>dlecon-reference"
                + "</artifactId><scope>test</scope></dependency>", "", "reference test dependency");
        p = replace(p, "\\s*<dependency><groupId>" + Pattern.quote(GROUP) + "</groupId><artifactId>dlecon-ci"
                + "</artifactId><scope>test</scope></dependency>", "", "ci test dependency");
        p = replace(p, "(?s)\\s*<build>.*</build>", "", "build section");
        return checked(p, "graders/pom.xml");
    }

    /** The student's module, from the student template's POM: a failing grader test fails the build. */
    static String solution(String pom) {
        String p = group(pom);
        p = replace(p, "<artifactId>dlecon-student-template</artifactId>", "<artifactId>dlecon-solution</artifactId>",
                "artifactId");
        p = replace(p, "<name>[^<]*</name>", "<name>dlecon course: your solution</name>", "name");
        p = replace(p, "(?s)<description>.*?</description>", "<description>Your solution. `mvn verify` runs the "
                + "public grader tests against it.</description>", "description");
        p = replace(p, "(?s)\\s*<properties>.*?</properties>", "", "properties (maven.test.failure.ignore)");
        p = replace(p, "<dependency>org\\.dlecon:dlecon-graders</dependency>", "<dependency>" + GROUP
                + ":dlecon-graders</dependency>", "graders to scan");
        // every suite in the student repository is public, whatever its class name
        p = replace(p, "(?s)<includes>.*?</includes>", "<includes>\n            <include>dlecon/graders/**/*Grader.class"
                + "</include>\n          </includes>", "test includes");
        return checked(p, "solution/pom.xml");
    }

    private static String group(String pom) {
        return replace(pom, "<groupId>org\\.dlecon</groupId>", "<groupId>" + GROUP + "</groupId>", "groupId");
    }

    private static String removeDependency(String pom, String artifact) {
        return replace(pom, "(?s)\\s*<dependency>\\s*<groupId>" + Pattern.quote(GROUP) + "</groupId>\\s*<artifactId>"
                + Pattern.quote(artifact) + "</artifactId>.*?</dependency>", "", artifact + " management");
    }

    private static String replace(String text, String regex, String replacement, String what) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("cannot rewrite the POM: no " + what + " found (pattern " + regex + ")");
        }
        return m.replaceAll(Matcher.quoteReplacement(replacement));
    }

    private static String checked(String pom, String file) {
        for (String f : FORBIDDEN) {
            if (pom.contains(f)) {
                throw new IllegalStateException("the exported " + file + " still names " + f);
            }
        }
        return pom;
    }
}
