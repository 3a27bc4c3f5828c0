package vn.tinhso.printout;

/**
 * The dossier (hồ sơ) a notice is about.
 *
 * @param code          the dossier code (mã số hồ sơ, e.g. {@code 000.00.15.H55-261123-0001})
 * @param procedureCode the procedure's code in the national database (mã TTHC, e.g. {@code 1.001193})
 * @param procedureName the procedure's name ("Thủ tục đăng ký khai sinh")
 */
public record DossierReference(String code, String procedureCode, String procedureName) {

    public DossierReference {
        code = Required.text(code, "dossier code");
        procedureCode = Required.text(procedureCode, "procedure code");
        procedureName = Required.text(procedureName, "procedure name");
    }
}
