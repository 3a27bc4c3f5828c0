package vn.tinhso.support;

import java.time.Duration;

/** Waits for a received dossier's process: it starts right after the intake commits, on a worker thread. */
public final class StartedProcesses {

    private StartedProcesses() {
    }

    /** Returns once {@code GET /api/v1/dossiers/{code}/process} answers, as {@code officer} sees it. */
    public static void await(Api officer, String code) {
        Eventually.await("the process of " + code + " started", Duration.ofSeconds(20),
                () -> officer.get("/api/v1/dossiers/" + code + "/process").status() == 200);
    }
}
