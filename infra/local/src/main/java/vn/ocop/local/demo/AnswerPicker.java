package vn.ocop.local.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * A member's answers to a criteria sheet that add up to exactly the total the demo chose for them. Never picks
 * an answer that fails a mandatory criterion, so the total alone decides the star band.
 */
final class AnswerPicker {

    private record Criterion(String code, List<JsonNode> options) {}

    private final List<Criterion> criteria = new ArrayList<>();
    private final int minimum;
    private final int maximum;

    AnswerPicker(JsonNode sheet) {
        int min = 0;
        int max = 0;
        for (JsonNode part : sheet.get("parts")) {
            for (JsonNode criterion : part.get("criteria")) {
                List<JsonNode> usable = new ArrayList<>();
                criterion.get("options").forEach(o -> {
                    if (!o.path("failsMandatory").asBoolean(false)) {
                        usable.add(o);
                    }
                });
                usable.sort(Comparator.comparingInt(AnswerPicker::points));
                criteria.add(new Criterion(criterion.get("code").asString(), usable));
                min += points(usable.get(0));
                max += points(usable.get(usable.size() - 1));
            }
        }
        this.minimum = min;
        this.maximum = max;
    }

    /** {criterion code: option code} totalling {@code target}; raises answers one step at a time in random order. */
    Map<String, String> answersTotalling(int target, Random random) {
        if (target < minimum || target > maximum) {
            throw new IllegalArgumentException("a total of " + target + " is outside " + minimum + "–" + maximum);
        }
        int[] level = new int[criteria.size()];
        int total = minimum;
        boolean raised = true;
        while (total < target && raised) {
            raised = false;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, random);
            for (int i : order) {
                List<JsonNode> options = criteria.get(i).options();
                if (level[i] + 1 < options.size()) {
                    int step = points(options.get(level[i] + 1)) - points(options.get(level[i]));
                    if (total + step <= target) {
                        level[i]++;
                        total += step;
                        raised = true;
                        if (total == target) {
                            break;
                        }
                    }
                }
            }
        }
        if (total != target) {
            throw new IllegalStateException("cannot reach exactly " + target + " points (reached " + total + ")");
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            answers.put(
                    criteria.get(i).code(),
                    criteria.get(i).options().get(level[i]).get("code").asString());
        }
        return answers;
    }

    private static int points(JsonNode option) {
        return option.get("points").asInt();
    }
}
