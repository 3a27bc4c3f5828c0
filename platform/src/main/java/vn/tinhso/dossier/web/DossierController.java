package vn.tinhso.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.catalog.Channel;
import vn.tinhso.dossier.Comment;
import vn.tinhso.dossier.DossierComments;
import vn.tinhso.dossier.DossierActions;
import vn.tinhso.dossier.DossierIntake;
import vn.tinhso.dossier.DossierQueries;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.dossier.IntakeRequest;
import vn.tinhso.dossier.Receipt;
import vn.tinhso.dossier.Timing;
import vn.tinhso.dossier.print.DossierNotices;

/** The one-stop officer's API: receive, view, act on dossiers, and the agency's inbox. */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Hồ sơ thủ tục hành chính: tiếp nhận, xử lý, hộp công việc")
class DossierController {

    private final DossierIntake intake;
    private final DossierActions actions;
    private final DossierQueries queries;
    private final DossierNotices notices;
    private final DossierComments comments;

    DossierController(DossierIntake intake, DossierActions actions, DossierQueries queries,
            DossierNotices notices, DossierComments comments) {
        this.comments = comments;
        this.intake = intake;
        this.actions = actions;
        this.queries = queries;
        this.notices = notices;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Receive a dossier (online, at the counter or by post); answers the code and appointment")
    Receipt receive(@RequestBody IntakeRequest request) {
        return intake.receive(request);
    }

    @GetMapping("/{code}")
    @Operation(summary = "A dossier with its documents and full timeline")
    DossierQueries.DossierView view(@PathVariable String code) {
        return queries.view(code);
    }

    @GetMapping(path = "/{code}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The receipt slip with the appointment date (Mẫu 01), as PDF with its QR code")
    ResponseEntity<byte[]> receiptSlip(@PathVariable String code) {
        return notice(code, DossierNotices.Kind.RECEIPT_SLIP);
    }

    @GetMapping(path = "/{code}/notices/{kind}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A form of the dossier as PDF: RECEIPT_SLIP, SUPPLEMENT_REQUEST, REFUSAL, APOLOGY, HANDOVER")
    ResponseEntity<byte[]> notice(@PathVariable String code, @PathVariable DossierNotices.Kind kind) {
        String name = kind.name().toLowerCase().replace('_', '-') + "-" + code + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .body(notices.pdf(code, kind));
    }

    @PostMapping("/{code}/actions/{action}")
    @Operation(summary = "Act on a dossier: start, request supplement, refuse, apologise, result ready, return...")
    DossierQueries.DossierView act(@PathVariable String code, @PathVariable DossierActions.Action action,
            @RequestBody(required = false) ActionBody body) {
        ActionBody given = body == null ? new ActionBody(null, null) : body;
        actions.perform(code, action, given.reason(), given.newDueAt());
        return queries.view(code);
    }

    @GetMapping
    @Operation(summary = "An agency's inbox: its dossiers in the given statuses, soonest due first; optionally of "
            + "one procedure or channel, due before a moment, or with a timing (AT_RISK, OVERDUE...)")
    List<DossierQueries.InboxItem> inbox(@RequestParam String agency,
            @RequestParam(defaultValue = "RECEIVED,IN_PROGRESS,WAITING_FOR_SUPPLEMENT,WAITING_FOR_PAYMENT,PAUSED,"
                    + "RESULT_READY") List<DossierStatus> status,
            @RequestParam(required = false) String procedure, @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Instant dueBefore, @RequestParam(required = false) Timing timing,
            @RequestParam(defaultValue = "100") int limit) {
        return queries.inbox(new DossierQueries.InboxFilter(agency, status, procedure, channel, dueBefore, timing,
                limit));
    }

    @GetMapping("/{code}/comments")
    @Operation(summary = "Officers' comments on the dossier, internal and visible to the citizen")
    List<Comment> comments(@PathVariable String code) {
        return comments.of(code);
    }

    @PostMapping("/{code}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on the dossier: internal (staff only) or visible to the citizen, with files")
    Comment comment(@PathVariable String code, @RequestBody CommentBody body) {
        return comments.add(code, body.text(), body.visibleToCitizen(), body.fileIds());
    }

    /** A new comment. */
    record CommentBody(String text, boolean visibleToCitizen, List<String> fileIds) {
    }

    /** The body of an action. */
    record ActionBody(String reason, Instant newDueAt) {
    }

}
