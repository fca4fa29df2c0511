package vn.ocop.reporting.views.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.ocop.platform.config.ProvinceTime;
import vn.ocop.reporting.reference.District;
import vn.ocop.reporting.reference.Districts;
import vn.ocop.reporting.views.CatalogueFilter;
import vn.ocop.reporting.views.CatalogueItem;
import vn.ocop.reporting.views.DistrictCompliance;
import vn.ocop.reporting.views.Funnel;
import vn.ocop.reporting.views.Page;
import vn.ocop.reporting.views.Round;
import vn.ocop.reporting.views.StarCount;
import vn.ocop.reporting.views.Target;
import vn.ocop.reporting.views.TargetProgress;
import vn.ocop.reporting.views.TargetProjection;
import vn.ocop.reporting.views.ViewCollections;
import vn.ocop.reporting.views.persistence.DossierViewQueries;
import vn.ocop.reporting.views.persistence.TargetStore;

/** The questions readers ask of the event-built views. */
@Service
public class ViewQueries {

    private static final ViewCollections VIEWS = ViewCollections.LIVE;
    private final DossierViewQueries views;
    private final CatalogueIndex catalogue;
    private final TargetStore targets;
    private final Clock clock;

    public ViewQueries(DossierViewQueries views, CatalogueIndex catalogue, TargetStore targets, Clock clock) {
        this.views = views;
        this.catalogue = catalogue;
        this.targets = targets;
        this.clock = clock;
    }

    public List<Round> rounds() {
        return views.rounds(VIEWS);
    }

    /** The latest scheduled round (by year, then number). */
    public Optional<Round> currentRound() {
        return rounds().stream().findFirst();
    }

    public Funnel funnel(String roundId, String district) {
        return views.funnel(VIEWS, roundId, district);
    }

    /** The funnel by district summed over {@code roundIds}, in one pass over the views. */
    public List<vn.ocop.reporting.views.FunnelRow> funnelByDistrict(java.util.Collection<String> roundIds) {
        return views.funnelByDistrict(VIEWS, roundIds);
    }

    /** Every district in official order, with zeros where nothing is recognised; then any unknown district. */
    /**
     * Stars by district: for a year, every product recognised that year (its result, even if the certificate
     * has expired since); without a year, the certificates valid today.
     */
    public List<StarCount> starsByDistrict(Integer year) {
        Map<String, StarCount> counted = views.stars(VIEWS, "districtCode", year, year != null).stream()
                .collect(Collectors.toMap(s -> String.valueOf(s.key()), Function.identity()));
        List<StarCount> out = new ArrayList<>();
        for (District d : Districts.QUANG_NGAI_2020) {
            StarCount s = counted.remove(d.code());
            out.add(s != null ? s : new StarCount(d.code(), d.name(), 0, 0, 0));
        }
        out.addAll(counted.values());
        return out;
    }

    public List<StarCount> starsByGroup(Integer year) {
        return views.stars(VIEWS, "productGroup", year, year != null);
    }

    /** From memory (CatalogueIndex): the same answer as the store query, fresh within a refresh interval. */
    public Page<CatalogueItem> catalogue(CatalogueFilter filter, int page, int size) {
        return catalogue.page(filter, page, size);
    }

    public List<CatalogueItem> wholeCatalogue(CatalogueFilter filter) {
        return catalogue.all(filter);
    }

    /**
     * Per round and district: dossiers forwarded before the end of the round's district deadline (from the
     * round-scheduled event), or after it. A round not (yet) seen falls back to the deadline the event carried.
     */
    public List<DistrictCompliance> deadlineCompliance(String roundId) {
        Map<String, Round> rounds = rounds().stream().collect(Collectors.toMap(Round::roundId, Function.identity()));
        Map<String, DistrictCompliance> byKey = new LinkedHashMap<>();
        for (DossierViewQueries.Forwarding f : views.forwardings(VIEWS, roundId)) {
            Round round = rounds.get(f.roundId());
            LocalDate deadline = round != null ? round.districtDeadline() : f.eventDeadline();
            boolean inTime = deadline != null && f.at().isBefore(ProvinceTime.endOf(deadline));
            String key = f.roundId() + "|" + f.districtCode();
            byKey.compute(
                    key,
                    (k, c) -> (c != null
                                    ? c
                                    : new DistrictCompliance(
                                            f.roundId(), f.districtCode(), Districts.nameOf(f.districtCode()), 0, 0, 0))
                            .add(inTime));
        }
        List<DistrictCompliance> out = new ArrayList<>(byKey.values());
        out.sort((a, b) -> a.roundId().equals(b.roundId())
                ? Integer.compare(Districts.order(a.districtCode()), Districts.order(b.districtCode()))
                : a.roundId().compareTo(b.roundId()));
        return out;
    }

    public Optional<Target> target(int year) {
        return targets.find(year);
    }

    public void setTarget(Target target) {
        targets.save(target, false);
    }

    public Optional<TargetProgress> progress(int year) {
        return targets.find(year).map(this::progressFor);
    }

    /** Recognitions of the target's year against it; also usable for a year without a target (all zeros). */
    public TargetProgress progressFor(Target target) {
        int year = target.year();
        {
            List<StarCount> byDistrict = starsIncludingExpired(year);
            int actual = byDistrict.stream().mapToInt(StarCount::total).sum();
            int five = byDistrict.stream().mapToInt(StarCount::stars5).sum();
            List<Round> ofYear = rounds().stream().filter(r -> r.year() == year).toList();
            Set<String> done = new HashSet<>(views.roundsWithRecognitions(VIEWS, year));
            for (Round r : ofYear) {
                if (r.provinceDeadline() != null && ProvinceTime.isPast(r.provinceDeadline(), clock.instant())) {
                    done.add(r.roundId());
                }
            }
            int scheduled = Math.max(ofYear.size(), done.size());
            return new TargetProgress(
                    target,
                    actual,
                    five,
                    TargetProjection.project(actual, scheduled, done.size()),
                    scheduled,
                    done.size(),
                    byDistrict);
        }
    }

    /** A product recognised in the year counts for that year's target even if its certificate expired since. */
    private List<StarCount> starsIncludingExpired(int year) {
        List<StarCount> counted = new ArrayList<>(views.stars(VIEWS, "districtCode", year, true));
        counted.sort((a, b) -> Integer.compare(Districts.order(a.key()), Districts.order(b.key())));
        return counted;
    }
}
