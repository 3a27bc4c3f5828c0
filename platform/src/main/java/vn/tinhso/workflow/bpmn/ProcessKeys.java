package vn.tinhso.workflow.bpmn;

/**
 * Names of the processes: {@code proc_STG-DD-001_v1} for the process generated from version 1 of a procedure,
 * {@code proc_STG-DD-001} for the province's own BPMN of it. Dots become underscores, since the process key is
 * also an XML id.
 */
public final class ProcessKeys {

    private ProcessKeys() {
    }

    public static String generated(String procedureCode, int version) {
        return own(procedureCode) + "_v" + version;
    }

    /** Whether {@code key} is a generated process of the procedure, of any version. */
    public static boolean generatedFor(String key, String procedureCode) {
        return key.startsWith(own(procedureCode) + "_v");
    }

    public static String own(String procedureCode) {
        return "proc_" + procedureCode.replace('.', '_');
    }
}
