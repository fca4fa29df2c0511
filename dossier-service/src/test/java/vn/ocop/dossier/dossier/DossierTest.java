package vn.ocop.dossier.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.dossier.common.DossierRefusal.DeadlinePassed;
import vn.ocop.dossier.common.DossierRefusal.IllegalTransition;
import vn.ocop.dossier.common.DossierRefusal.MissingDocuments;
import vn.ocop.dossier.common.DossierRefusal.NotQualified;

class DossierTest {

    private static final Instant NOW = Instant.parse("2020-03-16T02:00:00Z");
    private static final Checklist CHECKLIST = new Checklist(List.of("REGISTRATION_FORM", "BUSINESS_PLAN"));
    private static final BigDecimal THRESHOLD = BigDecimal.valueOf(50);
    private static final LocalDate DEADLINE = LocalDate.of(2020, 4, 10);

    static Dossier draft() {
        Origin origin = new Origin(
                "2020-1", 2020, "QD1048_2019", "PR-1", "HTX", "51", "533", "Huyện Mộ Đức", "21403", "Xã Đức Lợi");
        return Dossier.draft("DOS-1", origin, "Mạch nha", "FOOD_PROCESSED", "FOOD", "", "producer", NOW);
    }

    static Dossier withFiles() {
        Dossier d = draft();
        for (String type : CHECKLIST.required()) {
            d.attach(
                    new AttachmentRef(
                            "ATT-" + type, type, type + ".pdf", "application/pdf", 10, "sha", "s", "producer", NOW),
                    "producer",
                    NOW);
        }
        return d;
    }

    static Dossier submitted() {
        Dossier d = withFiles();
        d.submit(CHECKLIST, "producer", NOW);
        return d;
    }

    static Dossier accepted() {
        Dossier d = submitted();
        d.accept("district", NOW);
        return d;
    }

    static Dossier graded(double score, boolean qualifies) {
        Dossier d = accepted();
        d.recordDistrictGrade(new DistrictResult("EV", 1, "HD-533", score, 3, qualifies, NOW), "chair", NOW);
        return d;
    }

    static Dossier forwarded() {
        Dossier d = graded(60, true);
        d.forward(DEADLINE, false, THRESHOLD, "district", NOW);
        return d;
    }

    @Test
    void newDraftStartsAtVersionOneAndRecordsItsCreator() {
        Dossier d = draft();
        assertThat(d.status()).isEqualTo(DossierStatus.DRAFT);
        assertThat(d.version()).isEqualTo(1);
        assertThat(d.audit()).extracting(AuditEntry::actor).containsExactly("producer");
    }

    @Test
    void submitsWhenEveryMandatoryDocumentIsAttached() {
        Dossier d = withFiles();
        long before = d.version();
        assertThat(d.submit(CHECKLIST, "producer", NOW).resubmission()).isFalse();
        assertThat(d.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(d.version()).isEqualTo(before + 1);
        assertThat(d.history()).extracting(Transition::to).containsExactly(DossierStatus.SUBMITTED);
    }

    @Test
    void refusesSubmissionListingTheMissingDocumentsAndStaysUnchanged() {
        Dossier d = draft();
        assertThatThrownBy(() -> d.submit(CHECKLIST, "producer", NOW))
                .isInstanceOf(MissingDocuments.class)
                .extracting(e -> ((MissingDocuments) e).missing())
                .isEqualTo(CHECKLIST.required());
        assertThat(d.status()).isEqualTo(DossierStatus.DRAFT);
        assertThat(d.version()).isEqualTo(1);
    }

    @Test
    void returnNeedsReasonsAndResubmissionIsFlagged() {
        Dossier d = submitted();
        assertThatThrownBy(() -> d.returnForCompletion(List.of(), "district", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        d.returnForCompletion(List.of("Thiếu chữ ký"), "district", NOW);
        assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(d.history().get(1).reasons()).containsExactly("Thiếu chữ ký");
        assertThat(d.submit(CHECKLIST, "producer", NOW).resubmission()).isTrue();
    }

    @Test
    void returnedDossierMayBeEditedButASubmittedOneMayNot() {
        Dossier d = submitted();
        assertThatThrownBy(() -> d.edit("X", "FOOD_PROCESSED", "FOOD", "", "producer", NOW))
                .isInstanceOf(IllegalTransition.class);
        d.returnForCompletion(List.of("r"), "district", NOW);
        d.edit("X", "FOOD_PROCESSED", "FOOD", "", "producer", NOW);
        assertThat(d.productName()).isEqualTo("X");
    }

    @Test
    void refusesAcceptingADraftNamingTheAllowedActions() {
        Dossier d = draft();
        assertThatThrownBy(() -> d.accept("district", NOW)).isInstanceOfSatisfying(IllegalTransition.class, e -> {
            assertThat(e.current()).isEqualTo(DossierStatus.DRAFT);
            assertThat(e.allowedActions())
                    .containsExactly(DossierAction.EDIT, DossierAction.SUBMIT, DossierAction.WITHDRAW);
        });
    }

    @Test
    void districtGradeMovesAnAcceptedDossierAndIgnoresStaleOnes() {
        Dossier d = graded(60, true);
        assertThat(d.status()).isEqualTo(DossierStatus.DISTRICT_GRADED);
        long version = d.version();
        assertThat(d.recordDistrictGrade(new DistrictResult("EV", 1, "HD", 10, 1, false, NOW), "c", NOW))
                .isFalse();
        assertThat(d.version()).isEqualTo(version);
        assertThat(d.recordDistrictGrade(new DistrictResult("EV", 2, "HD", 70, 4, true, NOW), "c", NOW))
                .isTrue();
        assertThat(d.districtResult().score()).isEqualTo(70);
    }

    @Test
    void districtGradeOfADossierNotYetAcceptedChangesNothing() {
        Dossier d = submitted();
        assertThat(d.recordDistrictGrade(new DistrictResult("EV", 1, "HD", 60, 3, true, NOW), "c", NOW))
                .isFalse();
        assertThat(d.status()).isEqualTo(DossierStatus.SUBMITTED);
    }

    @Test
    void forwardsAQualifyingDossierInTime() {
        Dossier d = graded(50, true);
        assertThat(d.forward(DEADLINE, false, THRESHOLD, "district", NOW).late())
                .isFalse();
        assertThat(d.status()).isEqualTo(DossierStatus.FORWARDED);
    }

    @Test
    void refusesForwardingBelowTheThresholdEvenIfFlaggedQualifying() {
        Dossier d = graded(49.99, true);
        assertThatThrownBy(() -> d.forward(DEADLINE, false, THRESHOLD, "district", NOW))
                .isInstanceOf(NotQualified.class);
        Dossier notFlagged = graded(80, false);
        assertThatThrownBy(() -> notFlagged.forward(DEADLINE, false, THRESHOLD, "district", NOW))
                .isInstanceOf(NotQualified.class);
    }

    @Test
    void refusesForwardingAfterTheDeadlineUnlessTheProvinceGrantedAnException() {
        Dossier d = graded(60, true);
        assertThatThrownBy(() -> d.forward(DEADLINE, true, THRESHOLD, "district", NOW))
                .isInstanceOfSatisfying(
                        DeadlinePassed.class, e -> assertThat(e.deadline()).isEqualTo(DEADLINE));
        assertThat(d.status()).isEqualTo(DossierStatus.DISTRICT_GRADED);
        d.grantDeadlineException("bão", "province", NOW);
        assertThat(d.forward(DEADLINE, true, THRESHOLD, "district", NOW).late()).isTrue();
        assertThat(d.forwardedLate()).isTrue();
    }

    @Test
    void provinceGradeBelowThreeStarsIsNotRecognized() {
        Dossier d = forwarded();
        d.recordProvinceGrade(new ProvinceResult("EV", 1, "HD-51", 45, 2, NOW), "chair", NOW);
        assertThat(d.status()).isEqualTo(DossierStatus.NOT_RECOGNIZED);
        assertThat(d.status().isFinal()).isTrue();
    }

    @Test
    void recognitionFollowsTheProvinceGrade() {
        Dossier d = forwarded();
        Recognition r = new Recognition(
                "EV",
                2,
                "812/QĐ-UBND",
                LocalDate.of(2020, 5, 29),
                "PCT",
                76.6,
                4,
                "C-1",
                LocalDate.of(2020, 5, 29),
                LocalDate.of(2023, 5, 28));
        assertThat(d.recordRecognition(r, "dard", NOW)).isFalse();
        d.recordProvinceGrade(new ProvinceResult("EV", 1, "HD-51", 76.6, 4, NOW), "chair", NOW);
        assertThat(d.status()).isEqualTo(DossierStatus.PROVINCE_GRADED);
        assertThat(d.recordRecognition(r, "dard", NOW)).isTrue();
        assertThat(d.status()).isEqualTo(DossierStatus.RECOGNIZED);
        assertThat(d.recognition().certificateNumber()).isEqualTo("C-1");
    }

    @Test
    void producerMayWithdrawUntilTheProvinceHasGraded() {
        for (Dossier d : List.of(draft(), submitted(), accepted(), graded(60, true), forwarded())) {
            d.withdraw("lý do", "producer", NOW);
            assertThat(d.status()).isEqualTo(DossierStatus.WITHDRAWN);
        }
        Dossier graded = forwarded();
        graded.recordProvinceGrade(new ProvinceResult("EV", 1, "HD-51", 76.6, 4, NOW), "chair", NOW);
        assertThatThrownBy(() -> graded.withdraw("late", "producer", NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void finishedDossiersAllowNothingMore() {
        Dossier d = draft();
        d.withdraw("x", "producer", NOW);
        assertThat(d.status().actionsForPeople()).isEmpty();
        assertThatThrownBy(() -> d.grantDeadlineException("x", "province", NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> d.submit(CHECKLIST, "producer", NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void filesChangeOnlyWhileEditable() {
        Dossier d = submitted();
        assertThatThrownBy(() -> d.detach("ATT-BUSINESS_PLAN", "producer", NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(d::requireEditable).isInstanceOf(IllegalTransition.class);
        Dossier draft = withFiles();
        draft.detach("ATT-BUSINESS_PLAN", "producer", NOW);
        assertThat(draft.attachments()).hasSize(1);
        assertThat(draft.attachedBytes()).isEqualTo(10);
    }

    @Test
    void everyStatusExceptTheFinalOnesAllowsSomething() {
        for (DossierStatus s : DossierStatus.values()) {
            boolean terminal =
                    s == DossierStatus.RECOGNIZED || s == DossierStatus.NOT_RECOGNIZED || s == DossierStatus.WITHDRAWN;
            assertThat(s.isFinal()).as(s.name()).isEqualTo(terminal);
        }
    }
}
