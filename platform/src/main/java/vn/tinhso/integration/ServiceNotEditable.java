package vn.tinhso.integration;

import vn.tinhso.shared.Conflict;

/** Only draft and testing services can be changed; a published contract stays as consumers know it. */
public class ServiceNotEditable extends Conflict {

    public ServiceNotEditable(String code, Object status) {
        super("integration-service-not-editable", code, status);
    }
}
