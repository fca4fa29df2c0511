package vn.ocop.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.outbox.AggregateWriter;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.web.ApiProblem;
import vn.ocop.platform.web.RateLimited;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A minimal service that exercises the kit the way the real services do. */
@SpringBootApplication
public class KitTestApplication {

    public record NewThing(@NotBlank @Size(max = 50) String name) {
    }

    public record Thing(String id, long version, String name, String owner) {
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
            writer.insert("things", t, List.of(events.create("ocop.dossier.events", "vn.ocop.test.thing-created.v1",
                    t.id(), Map.of("thingId", t.id(), "name", t.name()))));
            return t;
        }

        @GetMapping("/api/v1/things/{id}")
        @PreAuthorize("hasRole('PROVINCE_OFFICER')")
        Thing get(@PathVariable String id) {
            throw ApiProblem.notFound("thing", id);
        }

        @GetMapping("/api/v1/public/ping")
        Map<String, String> ping() {
            return Map.of("pong", "ok");
        }
    }
}
