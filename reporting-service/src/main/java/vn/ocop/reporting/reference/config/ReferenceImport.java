package vn.ocop.reporting.reference.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.reporting.reference.District;
import vn.ocop.reporting.reference.Districts;
import vn.ocop.reporting.reference.ReportingUnit;
import vn.ocop.reporting.task.application.TaskService;
import vn.ocop.reporting.views.Target;
import vn.ocop.reporting.views.persistence.TargetStore;

/**
 * Imports a province's own directive tasks and yearly targets from the files {@code ocop.reporting.import} names
 * (Spring resource locations, comma-separated; none by default, so no province gets another's letter). Each new
 * task emits task-assigned; tasks and targets already there are left alone, so restarts and several instances
 * import once and a target the province changed since is kept.
 */
@Component
@ConditionalOnProperty(name = "ocop.rebuild", havingValue = "false", matchIfMissing = true)
public class ReferenceImport implements ApplicationRunner {

    /** A task's owner that stands for one task per district People's Committee, {@code <id>-<district code>}. */
    static final String EACH_DISTRICT = "EACH_DISTRICT";

    private final TaskService tasks;
    private final TargetStore targets;
    private final JsonMapper json;
    private final ResourceLoader resources;
    private final String locations;

    public ReferenceImport(
            TaskService tasks,
            TargetStore targets,
            JsonMapper json,
            ResourceLoader resources,
            @Value("${ocop.reporting.import:}") String locations) {
        this.tasks = tasks;
        this.targets = targets;
        this.json = json;
        this.resources = resources;
        this.locations = locations;
    }

    @Override
    public void run(ApplicationArguments args) {
        Arrays.stream(locations.split(","))
                .map(String::trim)
                .filter(l -> !l.isEmpty())
                .forEach(l -> importFrom(resources.getResource(l)));
    }

    private void importFrom(Resource file) {
        JsonNode root;
        try (InputStream in = file.getInputStream()) {
            root = json.readTree(in);
        } catch (IOException e) {
            // a configured import that cannot be read stops the start: the province would miss its tasks unseen
            throw new UncheckedIOException("cannot read ocop.reporting.import " + file.getDescription(), e);
        }
        for (JsonNode t : root.path("tasks")) {
            String id = t.get("id").asString();
            String owner = t.get("owner").asString();
            String title = t.get("title").asString();
            LocalDate due = LocalDate.parse(t.get("dueDate").asString());
            if (EACH_DISTRICT.equals(owner)) {
                for (District d : Districts.QUANG_NGAI_2020) {
                    tasks.assign(id + "-" + d.code(), title, ReportingUnit.ofDistrict(d.code()), due);
                }
            } else {
                tasks.assign(id, title, owner, due);
            }
        }
        for (JsonNode t : root.path("targets")) {
            targets.save(
                    new Target(
                            t.get("year").asInt(),
                            t.get("minProducts").asInt(),
                            t.get("maxProducts").asInt(),
                            t.get("minFiveStar").asInt()),
                    true);
        }
    }
}
