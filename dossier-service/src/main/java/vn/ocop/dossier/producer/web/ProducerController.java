package vn.ocop.dossier.producer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.dossier.common.Found;
import vn.ocop.dossier.common.Paging;
import vn.ocop.dossier.common.web.PageView;
import vn.ocop.dossier.common.web.Versions;
import vn.ocop.dossier.producer.Producer;
import vn.ocop.dossier.producer.ProducerKind;
import vn.ocop.dossier.producer.application.ProducerFilter;
import vn.ocop.dossier.producer.application.ProducerService;
import vn.ocop.platform.security.OcopUser;

/** Producers (chủ thể OCOP): registered and kept up to date by officers within their area. */
@RestController
@RequestMapping("/api/v1/producers")
@Tag(name = "Producers", description = "Cooperatives, enterprises, cooperative groups and households")
public class ProducerController {

    static final String PRODUCER_EXAMPLE = """
            {"id":"PR-4300100001","version":1,"kind":"COOPERATIVE","name":"HTX Nông nghiệp Đức Lợi",\
            "registrationNumber":"4300100001","provinceCode":"51","districtCode":"533","districtName":"Huyện Mộ Đức",\
            "communeCode":"21403","communeName":"Xã Đức Lợi","address":"Thôn 1, xã Đức Lợi",\
            "contact":{"name":"Nguyễn Văn A","phone":"0912345678","email":"htx.ducloi@example.vn"},\
            "createdAt":"2020-03-10T09:00:00+07:00","createdBy":"district.mo-duc",\
            "updatedAt":"2020-03-10T09:00:00+07:00","updatedBy":"district.mo-duc"}""";
    static final String PRODUCER_BODY = """
            {"kind":"COOPERATIVE","name":"HTX Nông nghiệp Đức Lợi","registrationNumber":"4300100001",\
            "districtCode":"533","communeCode":"21403","address":"Thôn 1, xã Đức Lợi",\
            "contact":{"name":"Nguyễn Văn A","phone":"0912345678","email":"htx.ducloi@example.vn"}}""";

    private final ProducerService producers;

    public ProducerController(ProducerService producers) {
        this.producers = producers;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER','DISTRICT_OFFICER','COMMUNE_OFFICER')")
    @Operation(
            summary = "Register a producer",
            description = "The id is \"PR-\" + registration number. The registration (tax) number is unique. "
                    + "The commune may be left out only where the district allows it (Lý Sơn).")
    @ApiResponse(
            responseCode = "201",
            description = "Registered",
            content = @Content(examples = @ExampleObject(value = PRODUCER_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid fields, unknown district or commune")
    @ApiResponse(responseCode = "403", description = "Role may not register producers, or outside the officer's area")
    @ApiResponse(
            responseCode = "409",
            description = "The registration number is taken",
            content = @Content(examples = @ExampleObject(value = """
                    {"type":"urn:ocop:problem:duplicate-producer","status":409,"code":"duplicate-producer",\
                    "field":"registrationNumber","existingId":"PR-4300100001"}""")))
    public ResponseEntity<ProducerView> register(
            OcopUser user,
            @Valid
                    @RequestBody
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = PRODUCER_BODY)))
                    ProducerRequests.RegisterProducer body) {
        Producer p = producers.register(user, body.registrationNumber().trim(), body.details());
        return ResponseEntity.created(URI.create("/api/v1/producers/" + p.id()))
                .eTag(Versions.etag(p.version()))
                .body(ProducerView.of(p));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER','OPERATOR','DISTRICT_OFFICER','COMMUNE_OFFICER','PRODUCER')")
    @Operation(summary = "Read a producer", description = "ETag carries the version for a later If-Match.")
    @ApiResponse(
            responseCode = "200",
            description = "The producer",
            content = @Content(examples = @ExampleObject(value = PRODUCER_EXAMPLE)))
    @ApiResponse(responseCode = "403", description = "Role may not read producers")
    @ApiResponse(responseCode = "404", description = "No such producer in your area")
    public ResponseEntity<ProducerView> get(
            OcopUser user, @Parameter(example = "PR-4300100001") @PathVariable String id) {
        Producer p = producers.get(user, id);
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(ProducerView.of(p));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER','DISTRICT_OFFICER','COMMUNE_OFFICER')")
    @Operation(
            summary = "Update a producer's details",
            description = "Requires If-Match with the ETag last read. The registration number cannot change.")
    @ApiResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(examples = @ExampleObject(value = PRODUCER_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid fields")
    @ApiResponse(
            responseCode = "403",
            description = "Role may not update producers, or the new place is outside the area")
    @ApiResponse(responseCode = "404", description = "No such producer in your area")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    public ResponseEntity<ProducerView> update(
            OcopUser user,
            @Parameter(example = "PR-4300100001") @PathVariable String id,
            @Parameter(description = "ETag of the version being changed", example = "\"1\"")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Valid
                    @RequestBody
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
                            {"kind":"COOPERATIVE","name":"HTX Nông nghiệp Đức Lợi","districtCode":"533",\
                            "communeCode":"21403","address":"Thôn 2, xã Đức Lợi",\
                            "contact":{"name":"Nguyễn Văn A","phone":"0912345678","email":"htx.ducloi@example.vn"}}""")))
                    ProducerRequests.UpdateProducer body) {
        Producer p = producers.update(user, id, Versions.required(ifMatch), body.details());
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(ProducerView.of(p));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER','OPERATOR','DISTRICT_OFFICER','COMMUNE_OFFICER','PRODUCER')")
    @Operation(
            summary = "List producers in your area",
            description = "Sorted by name then id. `q` is accent-insensitive and matches every word "
                    + "(`toi ly son` finds \"Tỏi Lý Sơn\").")
    @ApiResponse(
            responseCode = "200",
            description = "One page",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            value = "{\"items\":[" + PRODUCER_EXAMPLE
                                                    + "],\"page\":0,\"size\":20,\"total\":1}")))
    @ApiResponse(responseCode = "400", description = "Invalid paging")
    @ApiResponse(responseCode = "403", description = "Role may not read producers")
    public PageView<ProducerView> list(
            OcopUser user,
            @Parameter(description = "District code", example = "533") @RequestParam(required = false) String district,
            @Parameter(description = "Commune code", example = "21403") @RequestParam(required = false) String commune,
            @Parameter(description = "Producer kind") @RequestParam(required = false) ProducerKind kind,
            @Parameter(description = "Search words", example = "toi ly son") @RequestParam(required = false) String q,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        Paging paging = new Paging(page, size);
        Found<Producer> found = producers.list(
                user, new ProducerFilter(district, commune, kind == null ? null : kind.name(), q), paging);
        return new PageView<>(found.items().stream().map(ProducerView::of).toList(), page, size, found.total());
    }
}
