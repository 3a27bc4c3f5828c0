package vn.tinhso.integration;

import vn.tinhso.shared.Conflict;

/** Only dead messages can be replayed. */
public class MessageNotReplayable extends Conflict {

    public MessageNotReplayable(String id, Object status) {
        super("integration-message-not-replayable", id, status);
    }
}
