package vn.ocop.platform.files;

/**
 * What one file may inflate to, spent as the bytes come out: the smaller of the absolute cap and the ratio to the
 * file's size (never below the grace). Crossing it refuses the file at once, so no file costs more than that.
 */
final class InflationBudget {

    private final FileInspector.Limits limits;
    private final long allowed;
    private long spent;

    InflationBudget(FileInspector.Limits limits, long fileSize) {
        this.limits = limits;
        long byRatio = fileSize > Long.MAX_VALUE / limits.maxRatio() ? Long.MAX_VALUE : fileSize * limits.maxRatio();
        this.allowed = Math.min(limits.maxInflatedBytes(), Math.max(limits.ratioGraceBytes(), byRatio));
    }

    void spend(long bytes) {
        spent += bytes;
        if (spent > allowed) {
            throw RefusedFile.inflatesTooMuch(allowed, limits);
        }
    }

    long remaining() {
        return allowed - spent;
    }
}
