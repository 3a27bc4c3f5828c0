package vn.tinhso.integration;

import vn.tinhso.shared.InvalidInput;

/** The owner agency is not in the organisation catalogue. */
public class OwnerAgencyUnknown extends InvalidInput {

    public OwnerAgencyUnknown(String code) {
        super("integration-owner-agency-unknown", code);
    }
}
