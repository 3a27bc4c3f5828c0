package vn.tinhso.edxml;

import java.util.List;
import java.util.stream.Collectors;

/** A packet breaks QCVN 102 rules or is not well-formed XML; every violation names its element. */
public class InvalidEdXml extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidEdXml(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public InvalidEdXml(Violation violation, Throwable cause) {
        super(violation.toString(), cause);
        this.violations = List.of(violation);
    }

    public List<Violation> violations() {
        return violations;
    }
}
