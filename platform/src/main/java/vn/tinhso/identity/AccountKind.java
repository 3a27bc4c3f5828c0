package vn.tinhso.identity;

/** Who holds an account: a citizen (công dân), an organisation (tổ chức, doanh nghiệp) or a civil servant. */
public enum AccountKind {
    CITIZEN,
    ORGANIZATION,
    STAFF
}
