package vn.ocop.evaluation.session;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A council member's handed-in score sheet and its total (decimal text, read exactly). */
public record MemberSheet(String memberId, List<Answer> answers, String total, Instant submittedAt) {

    public MemberSheet {
        answers = List.copyOf(answers);
    }

    public Map<String, String> answerMap() {
        Map<String, String> map = new LinkedHashMap<>();
        answers.forEach(a -> map.put(a.criterion(), a.option()));
        return map;
    }
}
