package vn.tinhso.integration;

import vn.tinhso.shared.NotFound;

/** No queued message has this id. */
public class MessageNotFound extends NotFound {

    public MessageNotFound(String id) {
        super("integration-message-not-found", id);
    }
}
