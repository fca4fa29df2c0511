package vn.ocop.reporting.task.application;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.reporting.reference.District;
import vn.ocop.reporting.reference.Districts;
import vn.ocop.reporting.reference.ReportingUnit;
import vn.ocop.reporting.reference.config.ReferenceConfiguration;

import java.time.LocalDate;

/**
 * Seeds the tasks of letter 878 ({@code reference/tasks-878.json}) at start-up; each new one emits task-assigned,
 * tasks already there are left alone, so restarts and several instances seed once.
 */
@Component
@ConditionalOnProperty(name = "ocop.rebuild", havingValue = "false", matchIfMissing = true)
public class Letter878Tasks implements ApplicationRunner {

    static final String EACH_DISTRICT = "EACH_DISTRICT";
    private final TaskService tasks;
    private final JsonMapper json;

    public Letter878Tasks(TaskService tasks, JsonMapper json) {
        this.tasks = tasks;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (JsonNode t : ReferenceConfiguration.read(json, "reference/tasks-878.json").get("tasks")) {
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
    }
}
