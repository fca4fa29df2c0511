package vn.ocop.reporting.task.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.web.ApiProblem;
import vn.ocop.reporting.reference.ReportingUnits;
import vn.ocop.reporting.task.DirectiveTask;
import vn.ocop.reporting.task.TaskState;
import vn.ocop.reporting.task.application.TaskService;

/** Directive tasks: read by everyone signed in, created by the province, updated by owners with If-Match. */
@RestController
public class TaskController {

    private final TaskService tasks;
    private final ReportingUnits units;
    private final Clock clock;

    public TaskController(TaskService tasks, ReportingUnits units, Clock clock) {
        this.tasks = tasks;
        this.units = units;
        this.clock = clock;
    }

    public record NewTask(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+")
            String taskId,

            @NotBlank @Size(max = 500) String title,
            @NotBlank String ownerUnitCode,
            @NotNull LocalDate dueDate) {}

    public record TaskUpdate(
            @NotNull TaskState status, @Size(max = 2000) String note) {}

    public record TaskView(
            String taskId,
            String title,
            String ownerUnitCode,
            String ownerUnitName,
            LocalDate dueDate,
            String status,
            String note,
            long version) {}

    @io.swagger.v3.oas.annotations.Operation(
            summary = "List the directive tasks of letter 878 with owner, due date and status")
    @GetMapping("/api/v1/tasks")
    public List<TaskView> all() {
        return tasks.all().stream().map(this::view).toList();
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Read one directive task (ETag = version)")
    @GetMapping("/api/v1/tasks/{id}")
    public ResponseEntity<TaskView> one(@PathVariable String id) {
        DirectiveTask task = tasks.get(id);
        return ResponseEntity.ok().eTag(String.valueOf(task.version())).body(view(task));
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Assign a new directive task (province officer) — emits task-assigned")
    @PostMapping("/api/v1/tasks")
    @PreAuthorize("hasRole('PROVINCE_OFFICER')")
    public ResponseEntity<TaskView> create(@Valid @RequestBody NewTask request) {
        if (!tasks.assign(request.taskId(), request.title(), request.ownerUnitCode(), request.dueDate())) {
            throw ApiProblem.conflict(
                    "task-exists",
                    "task " + request.taskId() + " already exists",
                    "nhiệm vụ " + request.taskId() + " đã tồn tại");
        }
        DirectiveTask task = tasks.get(request.taskId());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id()))
                .eTag(String.valueOf(task.version()))
                .body(view(task));
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Update a task's status and note (owner unit or province; If-Match required)")
    @PatchMapping("/api/v1/tasks/{id}")
    @PreAuthorize("hasAnyRole('UNIT_REPORTER', 'PROVINCE_OFFICER')")
    public ResponseEntity<TaskView> update(
            @PathVariable String id,
            @Valid @RequestBody TaskUpdate request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            OcopUser user) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "if-match-required",
                    "send If-Match with the task's ETag",
                    "cần gửi If-Match với ETag của nhiệm vụ",
                    List.of());
        }
        long expected;
        try {
            expected =
                    Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("If-Match", "is not an ETag of this API", "không phải ETag hợp lệ");
        }
        DirectiveTask task = tasks.update(id, user, request.status(), request.note(), expected);
        return ResponseEntity.ok().eTag(String.valueOf(task.version())).body(view(task));
    }

    private TaskView view(DirectiveTask t) {
        return new TaskView(
                t.id(),
                t.title(),
                t.ownerUnitCode(),
                units.nameOf(t.ownerUnitCode()),
                t.dueDate(),
                t.displayStatus(clock.instant()),
                t.note(),
                t.version());
    }
}
