package vn.tinhso.identity;

import org.springframework.http.HttpStatus;
import vn.tinhso.shared.Problem;

/** The signed-in person may not touch this object: another unit's dossier, another citizen's result. 403. */
public class AccessDenied extends Problem {

    public AccessDenied(String objectType, String objectId) {
        super("access-denied", HttpStatus.FORBIDDEN, objectType, objectId);
    }
}
