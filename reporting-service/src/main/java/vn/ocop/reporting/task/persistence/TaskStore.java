package vn.ocop.reporting.task.persistence;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.ocop.platform.events.OutboxEntry;
import vn.ocop.platform.outbox.AggregateWriter;
import vn.ocop.reporting.task.DirectiveTask;
import vn.ocop.reporting.task.TaskState;

/** Directive tasks with their outbox (collection {@code tasks}). */
@Component
public class TaskStore {

    public static final String COLLECTION = "tasks";

    private final MongoOperations mongo;
    private final AggregateWriter writer;

    public TaskStore(MongoOperations mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    public boolean exists(String id) {
        return mongo.findById(id, Document.class, COLLECTION) != null;
    }

    public void insert(DirectiveTask task, List<OutboxEntry> events) {
        writer.insert(COLLECTION, toDocument(task), events);
    }

    public void update(DirectiveTask task, long expectedVersion, List<OutboxEntry> events) {
        writer.update(COLLECTION, toDocument(task), expectedVersion, events);
    }

    public Optional<DirectiveTask> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(TaskStore::fromDocument);
    }

    public List<DirectiveTask> all() {
        return mongo.find(new Query().with(Sort.by("dueDate", "_id")), Document.class, COLLECTION).stream()
                .map(TaskStore::fromDocument)
                .toList();
    }

    private static Document toDocument(DirectiveTask t) {
        return new Document("_id", t.id())
                .append("version", t.version())
                .append("title", t.title())
                .append("ownerUnitCode", t.ownerUnitCode())
                .append("dueDate", t.dueDate().toString())
                .append("state", t.state().name())
                .append("note", t.note())
                .append("overdueNotified", t.overdueNotified())
                .append("updatedAt", t.updatedAt() == null ? null : Date.from(t.updatedAt()))
                .append("updatedBy", t.updatedBy());
    }

    private static DirectiveTask fromDocument(Document d) {
        Date updated = d.getDate("updatedAt");
        return new DirectiveTask(
                d.getString("_id"),
                ((Number) d.get("version")).longValue(),
                d.getString("title"),
                d.getString("ownerUnitCode"),
                LocalDate.parse(d.getString("dueDate")),
                TaskState.valueOf(d.getString("state")),
                d.getString("note"),
                d.getBoolean("overdueNotified", false),
                updated == null ? null : updated.toInstant(),
                d.getString("updatedBy"));
    }
}
