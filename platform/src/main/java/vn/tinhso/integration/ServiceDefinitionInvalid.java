package vn.tinhso.integration;

import vn.tinhso.shared.InvalidInput;

/** A service definition with a missing or malformed field. */
public class ServiceDefinitionInvalid extends InvalidInput {

    public ServiceDefinitionInvalid(String field) {
        super("integration-service-invalid", field);
    }
}
