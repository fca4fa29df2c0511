package vn.ocop.platform.testapp;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.outbox.AggregateWriter;
import vn.ocop.platform.refusal.Refusal;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.web.ApiProblem;
import vn.ocop.platform.web.RateLimited;

/** A minimal service that exercises the kit the way the real services do. */
@SpringBootApplication
public class KitTestApplication {

    public record NewThing(@NotBlank @Size(max = 50) String name) {}

    public record Thing(String id, long version, String name, String owner) {}

    public enum Level {
        DISTRICT,
        PROVINCE
    }

    public record Member(@NotBlank String name) {}

    /** Every shape of field the services' request records use, for the JSON input rules. */
    public record Form(
            @Size(max = 50) String name,
            LocalDate deadline,
            java.time.Instant at,
            Integer count,
            Boolean active,
            Level level,
            List<@NotNull @Valid Member> members,
            Map<String, @NotBlank String> answers) {}

    /** A filter that fails outside any handler, as a broken filter would: the error dispatch must answer. */
    /** Records what the sweep announces to its listeners (the seam of infra/fault-hooks). */
    public static final java.util.Queue<String> SWEPT_COLLECTIONS = new java.util.concurrent.ConcurrentLinkedQueue<>();

    @Bean
    vn.ocop.platform.outbox.RelayListener recordingRelayListener() {
        return (collection, documents) -> SWEPT_COLLECTIONS.add(collection);
    }

    @Bean
    FilterRegistrationBean<Filter> faultyFilter() {
        FilterRegistrationBean<Filter> reg = new FilterRegistrationBean<>((request, response, chain) -> {
            String path = ((HttpServletRequest) request).getRequestURI();
            if (path.equals("/api/v1/public/filter-fault")) {
                throw new IllegalStateException("broken filter");
            }
            if (path.equals("/api/v1/public/filter-refusal")) {
                ((HttpServletResponse) response).sendError(HttpStatus.I_AM_A_TEAPOT.value(), "internal detail");
                return;
            }
            chain.doFilter(request, response);
        });
        reg.addUrlPatterns("/api/v1/public/*");
        return reg;
    }

    @RestController
    static class ThingController {
        private final AggregateWriter writer;
        private final EventFactory events;

        ThingController(AggregateWriter writer, EventFactory events) {
            this.writer = writer;
            this.events = events;
        }

        @PostMapping("/api/v1/things")
        @ResponseStatus(HttpStatus.CREATED)
        @RateLimited("things")
        Thing create(@Valid @RequestBody NewThing body, OcopUser user) {
            Thing t = new Thing(UUID.randomUUID().toString(), 1, body.name(), user.id());
            writer.insert(
                    "things",
                    t,
                    List.of(events.create(
                            "ocop.dossier.events",
                            "vn.ocop.test.thing-created.v1",
                            t.id(),
                            Map.of("thingId", t.id(), "name", t.name()))));
            return t;
        }

        @GetMapping("/api/v1/things/{id}")
        @PreAuthorize("hasRole('PROVINCE_OFFICER')")
        Thing get(@PathVariable String id) {
            throw ApiProblem.notFound("thing", id);
        }

        @PostMapping("/api/v1/forms")
        Form form(@Valid @RequestBody Form form) {
            return form;
        }

        @PostMapping(value = "/api/v1/things/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, Object> upload(
                @RequestParam("file") MultipartFile file, @RequestParam("note") String note, OcopUser user) {
            String id = UUID.randomUUID().toString();
            writer.insert("uploads", new Thing(id, 1, note + ":" + file.getOriginalFilename(), user.id()), List.of());
            return Map.of("id", id, "size", file.getSize(), "note", note);
        }

        @GetMapping("/api/v1/public/refusal")
        Map<String, String> refusal() {
            throw new ThingLocked("T-1");
        }

        @GetMapping("/api/v1/public/ping")
        Map<String, String> ping() {
            return Map.of("pong", "ok");
        }
    }

    /** A refusal as a service's use case throws it: no HTTP, a kind, a code, the field and a fact. */
    static final class ThingLocked extends Refusal {
        ThingLocked(String id) {
            super(
                    Kind.CONFLICT,
                    "thing-locked",
                    "Thing " + id + " is locked",
                    "Vật " + id + " đang bị khóa",
                    List.of(new FieldError("id", "is locked", "đang bị khóa")));
            with("lockedBy", "someone");
        }
    }
}
