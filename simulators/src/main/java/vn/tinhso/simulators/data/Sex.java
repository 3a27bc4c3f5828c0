package vn.tinhso.simulators.data;

/** Sex as recorded in the population database (giới tính). */
public enum Sex {
    MALE("Nam"), FEMALE("Nữ");

    private final String vietnamese;

    Sex(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
