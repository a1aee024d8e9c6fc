package dlecon.grading.roster;

import dlecon.grading.report.CsvWriter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A class roster: a UTF-8 CSV file (comma-separated, RFC 4180 quoting, one record per line, an optional byte order
 * mark) whose header names at least {@code login} (the submission's id in the class folder, e.g. a GitHub login),
 * {@code name}, {@code id} (the LMS's user id), {@code section} and one of {@code sis_login} and {@code email};
 * {@code sis_id} is read when present, other columns are ignored, header names are matched without regard to case.
 * Logins are unique and never empty.
 *
 * @param students the roster's students in file order
 */
public record Roster(List<Student> students) {

    /** The columns every roster has; one of {@link #IDENTITY} too. */
    public static final List<String> REQUIRED = List.of("login", "name", "id", "section");

    /** At least one of these identifies the student to an LMS besides its user id. */
    public static final List<String> IDENTITY = List.of("sis_login", "email");

    /**
     * One student of the roster; absent optional columns are "".
     *
     * @param login    the submission's id (folder or zip name in the class folder)
     * @param name     the student's name as the LMS shows it
     * @param id       the LMS's user id
     * @param sisId    the student information system's user id, or ""
     * @param sisLogin the student information system's login, or ""
     * @param email    the e-mail address, or ""
     * @param section  the course section, or ""
     */
    public record Student(String login, String name, String id, String sisId, String sisLogin, String email,
                          String section) {
    }

    public Roster {
        students = List.copyOf(students);
    }

    /**
     * Reads and checks {@code file}.
     *
     * @throws IllegalArgumentException naming the file and line when the file is not a roster: not UTF-8, no header,
     *                                  a required column missing, a row with another number of fields than the
     *                                  header, an empty or repeated login
     */
    public static Roster read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("roster " + file + " is not UTF-8 text (save it as CSV UTF-8)");
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IllegalArgumentException("roster " + file + " is empty: it needs a header naming "
                    + String.join(", ", REQUIRED) + " and " + String.join(" or ", IDENTITY));
        }
        List<String> header = fields(file, 1, lines.get(0).replaceFirst("^\uFEFF", ""));
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>(REQUIRED.stream().filter(c -> !column.containsKey(c)).toList());
        if (IDENTITY.stream().noneMatch(column::containsKey)) {
            missing.add(String.join(" or ", IDENTITY));
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("roster " + file + ": the header lacks the column(s) "
                    + String.join(", ", missing) + " (it has: " + String.join(", ", header) + ")");
        }
        Map<String, Student> byLogin = new LinkedHashMap<>();
        for (int n = 2; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(file, n, line);
            if (f.size() != header.size()) {
                throw new IllegalArgumentException("roster " + file + " line " + n + ": " + f.size()
                        + " fields, the header has " + header.size());
            }
            Student s = new Student(get(f, column, "login"), get(f, column, "name"), get(f, column, "id"),
                    get(f, column, "sis_id"), get(f, column, "sis_login"), get(f, column, "email"),
                    get(f, column, "section"));
            if (s.login().isEmpty()) {
                throw new IllegalArgumentException("roster " + file + " line " + n + ": empty login");
            }
            if (byLogin.putIfAbsent(s.login(), s) != null) {
                throw new IllegalArgumentException("roster " + file + " line " + n + ": login " + s.login()
                        + " appears twice");
            }
        }
        return new Roster(List.copyOf(byLogin.values()));
    }

    private static List<String> fields(Path file, int line, String text) {
        try {
            return CsvWriter.parseRow(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("roster " + file + " line " + line + ": " + e.getMessage());
        }
    }

    private static String get(List<String> fields, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null ? "" : fields.get(i).strip();
    }
}
