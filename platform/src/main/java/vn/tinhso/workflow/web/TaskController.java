package vn.tinhso.workflow.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.workflow.Decision;
import vn.tinhso.workflow.ProcessView;
import vn.tinhso.workflow.TaskFilter;
import vn.tinhso.workflow.TaskView;
import vn.tinhso.workflow.Workflows;

/** The officer's task list (việc cần xử lý): staff only. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    private final Workflows workflows;

    TaskController(Workflows workflows) {
        this.workflows = workflows;
    }

    @GetMapping
    @Operation(summary = "Open tasks, soonest due first: mine (claimed by me) or all; optionally offered to one unit "
            + "type, of one procedure or channel, due before a moment, overdue or not")
    List<TaskView> tasks(@RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) String group, @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String channel, @RequestParam(required = false) Instant dueBefore,
            @RequestParam(required = false) Boolean overdue) {
        return workflows.tasks(new TaskFilter(mine, group, procedure, channel, dueBefore, overdue));
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Take a task; the first claim starts the dossier's processing")
    TaskView claim(@PathVariable String id) {
        return workflows.claim(id);
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Finish a task with APPROVE, or RETURN (leader's approval step, with the reason)")
    ProcessView complete(@PathVariable String id, @RequestBody(required = false) Decision decision) {
        return workflows.complete(id, decision == null ? new Decision(null, null) : decision);
    }
}
