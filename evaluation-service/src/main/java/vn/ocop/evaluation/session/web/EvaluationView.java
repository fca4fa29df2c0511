package vn.ocop.evaluation.session.web;

import java.time.Instant;
import java.util.List;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.session.Assignment;
import vn.ocop.evaluation.session.EarlierResult;
import vn.ocop.evaluation.session.Evaluation;
import vn.ocop.evaluation.session.EvaluationStatus;
import vn.ocop.evaluation.session.MemberSheet;
import vn.ocop.evaluation.session.PreliminaryScore;
import vn.ocop.evaluation.session.Product;
import vn.ocop.evaluation.session.Recognition;
import vn.ocop.evaluation.session.Result;

/**
 * An evaluation as the API shows it: who handed in a sheet, but never the other members' answers
 * (those are under /score-sheets, visible to all only after the council has closed).
 */
public record EvaluationView(
        String id,
        long version,
        String dossierId,
        GradingLevel level,
        EvaluationStatus status,
        Product product,
        EarlierResult earlierResult,
        Assignment assignment,
        PreliminaryScore preliminary,
        List<String> sheetsHandedInBy,
        Result result,
        Recognition recognition,
        Instant createdAt) {

    static final String EXAMPLE = """
            {"id":"dos-2020-533-0012:DISTRICT","version":6,"dossierId":"dos-2020-533-0012","level":"DISTRICT",\
            "status":"GRADED","product":{"roundId":"round-2020-1","roundYear":2020,"legalBasis":"QD1048_2019",\
            "productName":"Mạch nha Mộ Đức","productGroup":"FOOD_PROCESSED","sector":"FOOD","producerId":"prd-533-0021",\
            "producerName":"Cơ sở sản xuất mạch nha Thạch Trụ","districtCode":"533","districtName":"Huyện Mộ Đức",\
            "communeCode":"21436","communeName":"Xã Đức Lân"},"assignment":{"councilId":"HD-533",\
            "sessionDate":"2020-03-30","sheetId":"QD1048-FOOD-SAMPLE","sheetVersion":1},\
            "sheetsHandedInBy":["council.mo-duc.chair","council.mo-duc.member1","council.mo-duc.member2"],\
            "result":{"councilId":"HD-533","sheet":"QD1048-FOOD-SAMPLE v1","score":"72.66","stars":4,"bandStars":4,\
            "qualifiesForProvince":true,"proposedForFiveStar":false,"memberTotals":[{"memberId":"council.mo-duc.chair",\
            "total":"72"}],"cappedBy":[],"finalisedAt":"2020-03-30T04:00:00Z","finalisedBy":"council.mo-duc.chair"},\
            "createdAt":"2020-03-23T03:10:00Z"}""";

    static EvaluationView of(Evaluation e) {
        return new EvaluationView(
                e.id(),
                e.version(),
                e.dossierId(),
                e.level(),
                e.status(),
                e.product(),
                e.earlierResult(),
                e.assignment(),
                e.preliminary(),
                e.scoreSheets().stream().map(MemberSheet::memberId).toList(),
                e.result(),
                e.recognition(),
                e.createdAt());
    }
}
