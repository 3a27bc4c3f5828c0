package vn.tinhso.organization.io;

/** What an import did: records created, updated and found unchanged. */
public record ImportSummary(int created, int updated, int unchanged) {

    public int total() {
        return created + updated + unchanged;
    }
}
