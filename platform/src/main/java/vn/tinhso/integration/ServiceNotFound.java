package vn.tinhso.integration;

import vn.tinhso.shared.NotFound;

/** No service is registered under this code and version. */
public class ServiceNotFound extends NotFound {

    public ServiceNotFound(String code, String version) {
        super("integration-service-not-found", code, version);
    }
}
