package vn.ocop.reporting.reference.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.reporting.task.application.TaskService;
import vn.ocop.reporting.views.Target;
import vn.ocop.reporting.views.persistence.TargetStore;

/** A province's directive tasks and targets are imported data: from the file it names, and none by default. */
class ReferenceImportTest {

    private static final String QUANG_NGAI = "file:reference-data/quang-ngai-letter-878-2020.json";
    private final TaskService tasks = mock(TaskService.class);
    private final TargetStore targets = mock(TargetStore.class);

    private ReferenceImport importing(String locations) {
        return new ReferenceImport(
                tasks, targets, JsonMapper.builder().build(), new DefaultResourceLoader(), locations);
    }

    @Test
    void importsNoProvincesTasksNorTargetsUnlessTheDeploymentNamesItsFile() {
        importing("").run(null);
        verifyNoInteractions(tasks, targets);
    }

    @Test
    void importsOneTaskPerDistrictTheUnitsTasksAndTheTargetsOfTheNamedFile() {
        importing(QUANG_NGAI).run(null);
        verify(tasks)
                .assign(
                        eq("task-878-2020-01-533"),
                        startsWith("Ban hành kế hoạch"),
                        eq("DIST-533"),
                        eq(LocalDate.parse("2020-04-30")));
        verify(tasks).assign(eq("task-878-2020-03"), anyString(), eq("DARD"), eq(LocalDate.parse("2020-05-31")));
        // 2 per-district tasks × 13 districts + 3 unit tasks
        verify(tasks, times(29)).assign(anyString(), anyString(), anyString(), any());
        verify(targets).save(new Target(2020, 20, 25, 3), true);
    }

    @Test
    void aNamedFileThatCannotBeReadStopsTheStart() {
        assertThatThrownBy(() ->
                        importing("file:reference-data/no-such-province.json").run(null))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("no-such-province.json");
        verifyNoInteractions(tasks, targets);
    }
}
