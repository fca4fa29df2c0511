package vn.ocop.reporting.task.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.events.OutboxEntry;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;
import vn.ocop.reporting.common.ReportingRefusal;
import vn.ocop.reporting.period.application.ReportingEvents;
import vn.ocop.reporting.reference.ReportingUnits;
import vn.ocop.reporting.task.DirectiveTask;
import vn.ocop.reporting.task.TaskState;
import vn.ocop.reporting.task.persistence.TaskStore;
import vn.ocop.reporting.views.application.ViewChangeListener;

/** The directive tasks of letter 878: assigned (task-assigned), updated by their owners, announced once when late. */
@Service
public class TaskService {

    private final TaskStore tasks;
    private final ReportingUnits units;
    private final EventFactory events;
    private final Clock clock;
    private final ObjectProvider<ViewChangeListener> listeners;

    public TaskService(
            TaskStore tasks,
            ReportingUnits units,
            EventFactory events,
            Clock clock,
            ObjectProvider<ViewChangeListener> listeners) {
        this.tasks = tasks;
        this.units = units;
        this.events = events;
        this.clock = clock;
        this.listeners = listeners;
    }

    /** Assigns a task and emits task-assigned; false if a task with this id exists already (seeding is re-run). */
    public boolean assign(String id, String title, String ownerUnitCode, LocalDate dueDate) {
        if (units.byCode(ownerUnitCode).isEmpty()) {
            throw new ReportingRefusal.Invalid("ownerUnitCode", "is not a reporting unit", "không phải đơn vị báo cáo");
        }
        Instant now = clock.instant();
        DirectiveTask task = DirectiveTask.assign(id, title, ownerUnitCode, dueDate, now);
        OutboxEntry event = ReportingEvents.event(
                events,
                ReportingEvents.TASK_ASSIGNED,
                id,
                new ReportingEvents.TaskAssigned(
                        id, task.version(), title, ownerUnitCode, dueDate.toString(), ReportingEvents.instant(now)));
        try {
            tasks.insert(task, List.of(event));
        } catch (DuplicateKeyException exists) {
            return false;
        }
        changed();
        return true;
    }

    public DirectiveTask get(String id) {
        return tasks.find(id).orElseThrow(() -> new ReportingRefusal.NotFound("task", id));
    }

    public List<DirectiveTask> all() {
        return tasks.all();
    }

    /** The owner unit's reporter or a province officer reports progress; {@code expectedVersion} from If-Match. */
    public DirectiveTask update(String id, OcopUser user, TaskState state, String note, long expectedVersion) {
        DirectiveTask task = get(id);
        boolean owner = user.has(Role.UNIT_REPORTER) && task.ownerUnitCode().equals(user.unitCode());
        if (!owner && !user.has(Role.PROVINCE_OFFICER)) {
            throw new ReportingRefusal.Forbidden(
                    "only the owner unit or the province may update this task",
                    "chỉ đơn vị chủ trì hoặc Sở mới được cập nhật nhiệm vụ này");
        }
        DirectiveTask next = task.update(state, note, user.id(), clock.instant());
        tasks.update(next, expectedVersion, List.of());
        changed();
        return next;
    }

    /** Emits task-overdue once per unfinished task past its date, in the write that records it. */
    public int emitOverdue() {
        Instant now = clock.instant();
        int emitted = 0;
        for (DirectiveTask task : tasks.all()) {
            if (!task.becomesOverdue(now)) {
                continue;
            }
            DirectiveTask next = task.markOverdueNotified();
            tasks.update(
                    next,
                    task.version(),
                    List.of(ReportingEvents.event(
                            events,
                            ReportingEvents.TASK_OVERDUE,
                            task.id(),
                            new ReportingEvents.TaskOverdue(
                                    task.id(),
                                    next.version(),
                                    task.title(),
                                    task.ownerUnitCode(),
                                    task.dueDate().toString(),
                                    task.state().name(),
                                    ReportingEvents.instant(now)))));
            emitted++;
        }
        if (emitted > 0) {
            changed();
        }
        return emitted;
    }

    private void changed() {
        // looked up lazily: the dashboard stream that listens reads this service too
        listeners.orderedStream().forEach(ViewChangeListener::viewsChanged);
    }
}
