package vn.ocop.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * An OOXML package read through its central directory, the way Word and Excel read it (not through the local
 * headers, which may say something else, and whose ZIP64 data descriptors JDK 17's ZipInputStream cannot read:
 * fastexcel's workbooks are written so). The directory's entry count is checked before anything is inflated; then
 * every entry's data is inflated into a sink through the {@link InflationBudget}, which stops a bomb at its bound.
 */
final class OfficePackage {

    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final long MAX_U32 = 0xFFFFFFFFL;

    private final byte[] b;

    private OfficePackage(byte[] bytes) {
        this.b = bytes;
    }

    /**
     * DOCX or XLSX by the package's parts, or null when the bytes are no readable package of either.
     *
     * @throws RefusedFile when it has too many entries or inflates beyond the budget
     */
    static FileInspector.Kind kindOf(byte[] bytes, FileInspector.Limits limits, InflationBudget budget) {
        try {
            return new OfficePackage(bytes).read(limits, budget);
        } catch (IndexOutOfBoundsException | DataFormatException malformed) {
            return null;
        }
    }

    private FileInspector.Kind read(FileInspector.Limits limits, InflationBudget budget) throws DataFormatException {
        int eocd = endOfCentralDirectory();
        if (eocd < 0) {
            return null;
        }
        long entries = u16(eocd + 10);
        long directory = u32(eocd + 16);
        if (entries == 0xFFFF || directory == MAX_U32) {
            int locator = eocd - 20;
            if (locator < 0 || u32(locator) != ZIP64_LOCATOR) {
                return null;
            }
            int zip64 = offset(u64(locator + 8));
            if (u32(zip64) != ZIP64_EOCD) {
                return null;
            }
            entries = u64(zip64 + 32);
            directory = u64(zip64 + 48);
        }
        if (entries > limits.maxEntries()) {
            throw RefusedFile.tooManyEntries(limits.maxEntries());
        }
        boolean contentTypes = false;
        FileInspector.Kind kind = null;
        byte[] sink = new byte[16 * 1024];
        int p = offset(directory);
        for (long i = 0; i < entries; i++) {
            if (u32(p) != CENTRAL) {
                return null;
            }
            int method = u16(p + 10);
            long compressed = u32(p + 20);
            long local = u32(p + 42);
            int nameLength = u16(p + 28);
            int extraLength = u16(p + 30);
            String name = new String(b, p + 46, nameLength, StandardCharsets.UTF_8);
            // ZIP64 extra field: the 8-byte values, in this order, of the fields that say 0xFFFFFFFF
            for (int x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength; x += 4 + u16(x + 2)) {
                if (u16(x) == 0x0001) {
                    int v = x + 4;
                    if (u32(p + 24) == MAX_U32) {
                        v += 8;
                    }
                    if (compressed == MAX_U32) {
                        compressed = u64(v);
                        v += 8;
                    }
                    if (local == MAX_U32) {
                        local = u64(v);
                    }
                }
            }
            if (name.equals("[Content_Types].xml")) {
                contentTypes = true;
            } else if (name.equals("word/document.xml")) {
                kind = FileInspector.Kind.DOCX;
            } else if (name.equals("xl/workbook.xml")) {
                kind = FileInspector.Kind.XLSX;
            }
            if (!inflate(method, dataStart(offset(local)), compressed, budget, sink)) {
                return null;
            }
            p += 46 + nameLength + extraLength + u16(p + 32);
        }
        return contentTypes ? kind : null;
    }

    private boolean inflate(int method, int data, long compressed, InflationBudget budget, byte[] sink)
            throws DataFormatException {
        if (compressed < 0 || compressed > b.length - data) {
            return false;
        }
        if (method == 0) {
            budget.spend(compressed);
            return true;
        }
        if (method != 8) {
            return false;
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(b, data, (int) compressed);
            while (!inflater.finished()) {
                int n = inflater.inflate(sink);
                if (n == 0) {
                    break; // the data ends (or needs a dictionary): what it gave is what a reader gets
                }
                budget.spend(n);
            }
            return true;
        } finally {
            inflater.end();
        }
    }

    private int dataStart(int local) {
        if (u32(local) != LOCAL) {
            throw new IndexOutOfBoundsException("no local header at " + local);
        }
        return local + 30 + u16(local + 26) + u16(local + 28);
    }

    private int endOfCentralDirectory() {
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xFFFF); i--) {
            if (u32(i) == EOCD) {
                return i;
            }
        }
        return -1;
    }

    private int offset(long value) {
        if (value < 0 || value >= b.length) {
            throw new IndexOutOfBoundsException("offset " + value + " outside the file");
        }
        return (int) value;
    }

    private int u16(int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private long u32(int at) {
        return u16(at) | (long) u16(at + 2) << 16;
    }

    private long u64(int at) {
        return u32(at) | u32(at + 4) << 32;
    }
}
