package vn.ocop.dossier.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ocop.dossier.dossier.AttachmentRef;
import vn.ocop.dossier.dossier.application.AttachmentService;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.web.RateLimited;

/** The dossier's files: uploaded while the dossier may change, read by everyone who may read it. */
@RestController
@RequestMapping("/api/v1/dossiers/{id}/attachments")
@Tag(name = "Attachments", description = "Dossier files (PDF, JPEG, PNG, DOCX, XLSX) checked by their content")
public class AttachmentController {

    private static final String ATTACHMENT = """
            {"id":"ATT-1A2B3C4D5E6F","documentType":"REGISTRATION_FORM","fileName":"Phiếu đăng ký.pdf",\
            "contentType":"application/pdf","size":183422,\
            "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",\
            "uploadedBy":"producer.mo-duc","uploadedAt":"2020-03-16T09:00:00+07:00"}""";

    private final AttachmentService attachments;

    public AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(DossierController.FILERS)
    @RateLimited("upload")
    @Operation(
            summary = "Upload a file",
            description = "While DRAFT or RETURNED. The type is detected from the "
                    + "bytes and must agree with the file name's extension; the name is made safe (no paths or control "
                    + "characters, NFC). Limits: ocop.dossier.uploads.max-file-size / max-dossier-size.")
    @ApiResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(examples = @ExampleObject(value = ATTACHMENT)))
    @ApiResponse(responseCode = "400", description = "Empty file or unknown document type")
    @ApiResponse(responseCode = "403", description = "Role may not upload")
    @ApiResponse(responseCode = "404", description = "No such dossier in your scope")
    @ApiResponse(responseCode = "409", description = "The dossier no longer takes files")
    @ApiResponse(responseCode = "413", description = "File or dossier too large")
    @ApiResponse(
            responseCode = "422",
            description = "Type not allowed, name and content disagree, a package that "
                    + "inflates beyond the bound, a PDF with active content (JavaScript, launch, embedded files) or that is "
                    + "also HTML: the kit's upload inspection (docs/security.md, Uploads)",
            content = @Content(examples = @ExampleObject(value = """
                    {"type":"urn:ocop:problem:file-type-mismatch","status":422,"code":"file-type-mismatch",\
                    "detected":"application/pdf","extension":"exe"}""")))
    @ApiResponse(responseCode = "429", description = "Too many uploads")
    public ResponseEntity<DossierView.AttachmentView> upload(
            OcopUser user,
            @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id,
            @Parameter(description = "The file") @RequestPart("file") MultipartFile file,
            @Parameter(description = "Document type code", example = "REGISTRATION_FORM") @RequestParam("documentType")
                    String documentType) {
        AttachmentRef ref = attachments.upload(user, id, file.getOriginalFilename(), documentType, bytes(file));
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/attachments/" + ref.id()))
                .body(DossierView.AttachmentView.of(ref));
    }

    @GetMapping
    @PreAuthorize(DossierController.READERS)
    @Operation(summary = "List the files")
    @ApiResponse(
            responseCode = "200",
            description = "Files",
            content = @Content(examples = @ExampleObject(value = "[" + ATTACHMENT + "]")))
    @ApiResponse(responseCode = "403", description = "Role may not read dossiers")
    @ApiResponse(responseCode = "404", description = "No such dossier in your scope")
    public List<DossierView.AttachmentView> list(
            OcopUser user, @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id) {
        return attachments.list(user, id).stream()
                .map(DossierView.AttachmentView::of)
                .toList();
    }

    @GetMapping("/{attachmentId}")
    @PreAuthorize(DossierController.READERS)
    @Operation(summary = "Download a file", description = "Served as an attachment with its detected type.")
    @ApiResponse(
            responseCode = "200",
            description = "The bytes",
            content = @Content(mediaType = "application/octet-stream"))
    @ApiResponse(responseCode = "403", description = "Role may not read dossiers")
    @ApiResponse(responseCode = "404", description = "No such dossier or file in your scope")
    public ResponseEntity<InputStreamResource> download(
            OcopUser user,
            @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id,
            @Parameter(example = "ATT-1A2B3C4D5E6F") @PathVariable String attachmentId) {
        AttachmentService.Download download = attachments.download(user, id, attachmentId);
        AttachmentRef ref = download.ref();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ref.contentType()))
                .contentLength(ref.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(ref.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + ref.sha256())
                .body(new InputStreamResource(download.content()));
    }

    @DeleteMapping("/{attachmentId}")
    @PreAuthorize(DossierController.FILERS)
    @Operation(summary = "Remove a file", description = "While DRAFT or RETURNED.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", description = "Role may not remove files")
    @ApiResponse(responseCode = "404", description = "No such dossier or file in your scope")
    @ApiResponse(responseCode = "409", description = "The dossier no longer changes")
    public ResponseEntity<Void> delete(
            OcopUser user,
            @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id,
            @Parameter(example = "ATT-1A2B3C4D5E6F") @PathVariable String attachmentId) {
        attachments.delete(user, id, attachmentId);
        return ResponseEntity.noContent().build();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
