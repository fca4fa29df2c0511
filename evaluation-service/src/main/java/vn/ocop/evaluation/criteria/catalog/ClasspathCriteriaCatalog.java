package vn.ocop.evaluation.criteria.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import vn.ocop.evaluation.criteria.CertificateTerms;
import vn.ocop.evaluation.criteria.CriteriaCatalog;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.criteria.LegalBases;
import vn.ocop.evaluation.criteria.LegalBasis;
import vn.ocop.evaluation.criteria.LocalizedText;
import vn.ocop.evaluation.criteria.PartCode;
import vn.ocop.evaluation.criteria.ProductClassification;
import vn.ocop.evaluation.criteria.ProductGroup;
import vn.ocop.evaluation.criteria.Sector;
import vn.ocop.evaluation.criteria.SheetValidator;
import vn.ocop.evaluation.criteria.StarBand;
import vn.ocop.evaluation.criteria.StarBands;

/**
 * Loads the shipped catalog from the classpath: {@code <root>/catalog.json} names the legal-bases
 * file, the product-groups file and every sheet file. Shipped data that fails validation stops the
 * load: a service must not start grading with a broken sheet.
 */
public final class ClasspathCriteriaCatalog {

    public static final String DEFAULT_ROOT = "criteria";

    private ClasspathCriteriaCatalog() {}

    public static CriteriaCatalog load() {
        return load(ClasspathCriteriaCatalog.class.getClassLoader(), DEFAULT_ROOT);
    }

    public static CriteriaCatalog load(ClassLoader loader, String root) {
        CatalogIndex index = parse(loader, root + "/catalog.json", CatalogIndex.class);
        LegalBases legalBases = legalBases(parse(loader, root + "/" + index.legalBases(), LegalBasesDocument.class));
        List<ProductClassification> classifications =
                classifications(parse(loader, root + "/" + index.productGroups(), ProductGroupsDocument.class));
        CriteriaSheetReader reader = CriteriaSheetReader.validatingWith(new SheetValidator(legalBases));
        List<CriteriaSheet> sheets = new ArrayList<>();
        for (String file : index.sheets()) {
            String resource = root + "/" + file;
            try (InputStream in = open(loader, resource)) {
                sheets.add(reader.read(in, resource));
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
        return new CriteriaCatalog(legalBases, classifications, sheets);
    }

    /** Reads legal bases from any stream, e.g. an operator's replacement file. */
    public static LegalBases legalBases(InputStream json) {
        return legalBases(CatalogJson.MAPPER.readValue(json, LegalBasesDocument.class));
    }

    private static LegalBases legalBases(LegalBasesDocument doc) {
        return new LegalBases(doc.legalBases().stream()
                .map(ClasspathCriteriaCatalog::legalBasis)
                .toList());
    }

    private static LegalBasis legalBasis(LegalBasesDocument.Entry e) {
        Map<PartCode, BigDecimal> maxima = new EnumMap<>(PartCode.class);
        e.partMaxima().forEach((part, max) -> maxima.put(PartCode.valueOf(part), max));
        Map<GradingLevel, Set<Integer>> recognition = new EnumMap<>(GradingLevel.class);
        e.recognition().forEach((level, stars) -> recognition.put(level(level), Set.copyOf(stars)));
        return new LegalBasis(
                e.code(),
                text(e.title()),
                e.effectiveFrom(),
                e.effectiveUntil(),
                e.criteriaBasis() == null ? e.code() : e.criteriaBasis(),
                maxima,
                new StarBands(e.starBands().stream()
                        .map(b -> new StarBand(b.stars(), b.from()))
                        .toList()),
                level(e.firstLevel()),
                e.forwardThreshold(),
                recognition,
                e.fiveStarProposal(),
                e.certificate() == null
                        ? CertificateTerms.STANDARD
                        : new CertificateTerms(
                                e.certificate().validityMonths(),
                                e.certificate().expiryNoticeDays()),
                e.notes() == null ? null : text(e.notes()));
    }

    private static List<ProductClassification> classifications(ProductGroupsDocument doc) {
        return doc.classifications().stream()
                .map(c -> new ProductClassification(
                        c.legalBasis(),
                        c.sectors().stream()
                                .map(s -> new Sector(
                                        s.code(),
                                        text(s.name()),
                                        s.groups().stream()
                                                .map(g -> new ProductGroup(g.code(), text(g.name())))
                                                .toList()))
                                .toList()))
                .toList();
    }

    private static GradingLevel level(String name) {
        return GradingLevel.valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    private static LocalizedText text(SheetDocument.Text text) {
        return LocalizedText.of(text.vi(), text.en());
    }

    private static <T> T parse(ClassLoader loader, String resource, Class<T> type) {
        try (InputStream in = open(loader, resource)) {
            return CatalogJson.MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getOriginalMessage(), e);
        }
    }

    private static InputStream open(ClassLoader loader, String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return in;
    }
}
