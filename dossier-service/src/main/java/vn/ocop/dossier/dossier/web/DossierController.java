package vn.ocop.dossier.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
import vn.ocop.dossier.dossier.Dossier;
import vn.ocop.dossier.dossier.DossierStatus;
import vn.ocop.dossier.dossier.application.DossierFilter;
import vn.ocop.dossier.dossier.application.DossierService;
import vn.ocop.dossier.dossier.application.NewDossier;
import vn.ocop.platform.security.OcopUser;

/** Product dossiers: open, read, edit while a draft, list; history and audit trail. */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Product dossiers from draft to recognition")
public class DossierController {

    static final String READERS = "hasAnyRole('PROVINCE_OFFICER','OPERATOR','DISTRICT_OFFICER','COMMUNE_OFFICER',"
            + "'PRODUCER','COUNCIL_MEMBER')";
    static final String FILERS = "hasAnyRole('PRODUCER','COMMUNE_OFFICER','DISTRICT_OFFICER')";

    private final DossierService dossiers;

    public DossierController(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @PostMapping
    @PreAuthorize(FILERS)
    @Operation(
            summary = "Open a dossier (DRAFT)",
            description = "A producer for itself, or a commune or district officer on behalf of a producer in "
                    + "their area. District, commune, sector and legal basis come from the producer, the round "
                    + "and the reference data, never from the body.")
    @ApiResponse(
            responseCode = "201",
            description = "Draft created",
            content = @Content(examples = @ExampleObject(value = DossierExamples.DOSSIER)))
    @ApiResponse(responseCode = "400", description = "Invalid fields, unknown round or product group")
    @ApiResponse(responseCode = "403", description = "Role may not open dossiers")
    @ApiResponse(responseCode = "404", description = "No such producer in your area")
    @ApiResponse(responseCode = "409", description = "The round is closed")
    public ResponseEntity<DossierView> create(
            OcopUser user,
            @Valid
                    @RequestBody
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
            {"roundId":"2020-1","producerId":"PR-4300100001","productName":"Mạch nha Mộ Đức",\
            "productGroup":"FOOD_PROCESSED","description":"Mạch nha truyền thống"}""")))
                    DossierRequests.CreateDossier body) {
        Dossier d = dossiers.create(
                user,
                new NewDossier(
                        body.roundId(),
                        body.producerId(),
                        body.productName().trim(),
                        body.productGroup(),
                        body.description()));
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + d.id()))
                .eTag(Versions.etag(d.version()))
                .body(DossierView.of(d, dossiers.checklistOf(d)));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(
            summary = "Read a dossier",
            description = "With its checklist, files and evaluation results. " + "ETag carries the version.")
    @ApiResponse(
            responseCode = "200",
            description = "The dossier",
            content = @Content(examples = @ExampleObject(value = DossierExamples.DOSSIER)))
    @ApiResponse(responseCode = "403", description = "Role may not read dossiers")
    @ApiResponse(responseCode = "404", description = "No such dossier in your scope")
    public ResponseEntity<DossierView> get(
            OcopUser user, @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id) {
        Dossier d = dossiers.get(user, id);
        return ResponseEntity.ok().eTag(Versions.etag(d.version())).body(DossierView.of(d, dossiers.checklistOf(d)));
    }

    @PutMapping("/{id}")
    @PreAuthorize(FILERS)
    @Operation(
            summary = "Edit a draft (or a returned dossier)",
            description = "Only product name, group and description. Requires If-Match with the last ETag.")
    @ApiResponse(
            responseCode = "200",
            description = "Edited",
            content = @Content(examples = @ExampleObject(value = DossierExamples.DOSSIER)))
    @ApiResponse(responseCode = "400", description = "Invalid fields")
    @ApiResponse(responseCode = "403", description = "Role may not edit dossiers")
    @ApiResponse(responseCode = "404", description = "No such dossier in your scope")
    @ApiResponse(
            responseCode = "409",
            description = "Not editable in its status",
            content = @Content(examples = @ExampleObject(value = DossierExamples.ILLEGAL_TRANSITION)))
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    public ResponseEntity<DossierView> edit(
            OcopUser user,
            @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id,
            @Parameter(description = "ETag of the version being changed", example = "\"3\"")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Valid
                    @RequestBody
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
            {"productName":"Mạch nha Thạch Trụ","productGroup":"FOOD_PROCESSED","description":"Mạch nha truyền thống"}""")))
                    DossierRequests.EditDossier body) {
        Dossier d = dossiers.edit(
                user,
                id,
                Versions.required(ifMatch),
                body.productName().trim(),
                body.productGroup(),
                body.description());
        return ResponseEntity.ok().eTag(Versions.etag(d.version())).body(DossierView.of(d, dossiers.checklistOf(d)));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(
            summary = "List dossiers in your scope",
            description = "Sorted by product name then id. `q` is accent-insensitive and matches every word of "
                    + "the product or producer name.")
    @ApiResponse(
            responseCode = "200",
            description = "One page",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            value = "{\"items\":[" + DossierExamples.DOSSIER
                                                    + "],\"page\":0,\"size\":20,\"total\":1}")))
    @ApiResponse(responseCode = "400", description = "Invalid filter or paging")
    @ApiResponse(responseCode = "403", description = "Role may not read dossiers")
    public PageView<DossierView> list(
            OcopUser user,
            @Parameter(description = "Round id", example = "2020-1") @RequestParam(required = false) String round,
            @Parameter(description = "District code", example = "533") @RequestParam(required = false) String district,
            @Parameter(description = "Commune code", example = "21403") @RequestParam(required = false) String commune,
            @Parameter(description = "Product group", example = "FOOD_PROCESSED") @RequestParam(required = false)
                    String group,
            @Parameter(description = "Status") @RequestParam(required = false) DossierStatus status,
            @Parameter(description = "Producer id", example = "PR-4300100001") @RequestParam(required = false)
                    String producer,
            @Parameter(description = "Search words", example = "mach nha") @RequestParam(required = false) String q,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        Paging paging = new Paging(page, size);
        Found<Dossier> found = dossiers.list(
                user,
                new DossierFilter(round, district, commune, group, status == null ? null : status.name(), producer, q),
                paging);
        return new PageView<>(
                found.items().stream()
                        .map(d -> DossierView.of(d, dossiers.checklistOf(d)))
                        .toList(),
                page,
                size,
                found.total());
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(READERS)
    @Operation(summary = "Status history", description = "Every status change with actor, time (+07:00) and reasons.")
    @ApiResponse(
            responseCode = "200",
            description = "Transitions, oldest first",
            content = @Content(examples = @ExampleObject(value = """
                    [{"from":"DRAFT","to":"SUBMITTED","action":"SUBMIT","actor":"producer.mo-duc",\
                    "at":"2020-03-16T09:45:00+07:00","reasons":[]}]""")))
    @ApiResponse(responseCode = "403", description = "Role may not read dossiers")
    @ApiResponse(responseCode = "404", description = "No such dossier in your scope")
    public List<DossierView.TransitionView> history(
            OcopUser user, @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id) {
        return dossiers.get(user, id).history().stream()
                .map(DossierView.TransitionView::of)
                .toList();
    }

    @GetMapping("/{id}/audit")
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER','OPERATOR')")
    @Operation(
            summary = "Audit trail",
            description = "Every change (status, edits, files, exceptions, results) "
                    + "with the acting user. Province officers and operators only.")
    @ApiResponse(
            responseCode = "200",
            description = "Changes, oldest first",
            content = @Content(examples = @ExampleObject(value = """
                    [{"action":"CREATE","actor":"producer.mo-duc","at":"2020-03-16T08:30:00+07:00","version":1,\
                    "detail":"Mạch nha Mộ Đức"}]""")))
    @ApiResponse(responseCode = "403", description = "Not a province officer or operator")
    @ApiResponse(responseCode = "404", description = "No such dossier")
    public List<DossierView.AuditView> audit(
            OcopUser user, @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id) {
        return dossiers.get(user, id).audit().stream()
                .map(DossierView.AuditView::of)
                .toList();
    }
}
