package vn.tinhso.integration;

import vn.tinhso.shared.Conflict;

/** A service with this code and version is registered already. */
public class ServiceAlreadyRegistered extends Conflict {

    public ServiceAlreadyRegistered(String code, String version) {
        super("integration-service-exists", code, version);
    }
}
