package vn.tinhso.simulators.data;

/** A residence address in the two-level local government since 01/7/2025: street line, commune, province. */
public record Address(String line, String commune, String province) {

    public String full() {
        return line + ", " + commune + ", " + province;
    }
}
