package vn.tinhso.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The table {@code authorization-matrix.csv}: one row per API operation, one cell per role. */
record AuthorizationMatrix(List<String> roles, List<Row> rows) {

    static final String FILE = "/authorization-matrix.csv";
    private static final int FIRST_ROLE = 4;

    /** What a role may do with an operation. */
    enum Rule {
        /** Y: allowed. */
        ALLOWED,
        /** N: refused. */
        REFUSED,
        /** U or O: allowed on the user's own unit or own dossier, refused on another's. */
        OWN_ONLY,
        /** 2: own only, and only with two factors. */
        OWN_WITH_SECOND_FACTOR;

        static Rule of(String cell, int line) {
            return switch (cell.strip()) {
                case "Y" -> ALLOWED;
                case "N" -> REFUSED;
                case "U", "O" -> OWN_ONLY;
                case "2" -> OWN_WITH_SECOND_FACTOR;
                default -> throw new IllegalStateException(FILE + " line " + line + ": unknown cell '" + cell + "'");
            };
        }
    }

    record Row(int line, String method, String path, String request, String body, List<Rule> rules) {

        String operation() {
            return method + " " + path;
        }

        String sample() {
            return request.isBlank() ? path : request;
        }

        boolean scoped() {
            return rules.stream().anyMatch(rule -> rule == Rule.OWN_ONLY || rule == Rule.OWN_WITH_SECOND_FACTOR);
        }
    }

    static AuthorizationMatrix load() {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(FILE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> roles = null;
            List<Row> rows = new ArrayList<>();
            int line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.asList(text.split(",", -1));
                if (roles == null) {
                    roles = cells.subList(FIRST_ROLE, cells.size()).stream().map(String::strip).toList();
                    continue;
                }
                if (cells.size() != FIRST_ROLE + roles.size()) {
                    throw new IllegalStateException(FILE + " line " + line + ": expected " + (FIRST_ROLE
                            + roles.size()) + " cells, found " + cells.size());
                }
                int at = line;
                rows.add(new Row(line, cells.get(0).strip().toUpperCase(Locale.ROOT), cells.get(1).strip(),
                        cells.get(2).strip(), cells.get(3).strip(),
                        cells.subList(FIRST_ROLE, cells.size()).stream().map(cell -> Rule.of(cell, at)).toList()));
            }
            return new AuthorizationMatrix(roles, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line to paste for an operation without a rule: every cell "?" until someone decides. */
    String template(String operation) {
        String[] parts = operation.split(" ", 2);
        return parts[0] + "," + parts[1] + ",,," + String.join(",", roles.stream().map(role -> "?").toList());
    }
}
