package vn.ocop.platform.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A PDF read as a reader would tokenise it, without rendering anything (a documented byte-level scan, not a
 * parser: no dependency, linear in the file, bounded by the file's {@link InflationBudget}).
 * <ul>
 *   <li>Every name outside stream data is compared, after its {@code #xx} escapes are decoded
 *   ({@code /J#61vaScript} is {@code /JavaScript}), with the names that make a PDF act: JavaScript (an
 *   {@code /OpenAction} or any other action that runs a script needs {@code /S /JavaScript} or {@code /JS}),
 *   {@code /Launch}, embedded files, rich media, renditions and XFA forms.</li>
 *   <li>Object streams (where PDF 1.5+ keeps most dictionaries, compressed) are inflated through the budget and
 *   read the same way; one encoded otherwise than by FlateDecode alone, or that does not inflate (encrypted,
 *   corrupt), is refused rather than trusted.</li>
 *   <li>Stream data itself (page content, images, fonts) is skipped, using its length (also when given as a
 *   reference). The long names are looked for in every raw byte as well, so that a string or stream the scan
 *   misjudges, or a repairing reader's guess, hides none of them.</li>
 *   <li>A PDF must begin with {@code %PDF-} and carry no HTML markup outside its stream data nor in its first
 *   KiB (where browsers sniff): otherwise it is a PDF/HTML polyglot.</li>
 * </ul>
 */
final class PdfScan {

    /** Scripts, launching programs, carried files, interactive media and XFA forms (which carry scripts). */
    private static final Set<String> ACTIVE = Set.of(
            "JavaScript",
            "JS",
            "Launch",
            "EmbeddedFile",
            "EmbeddedFiles",
            "EF",
            "FileAttachment",
            "RichMedia",
            "Rendition",
            "XFA");
    /** The long ones, which compressed bytes do not spell by chance: also looked for inside stream data. */
    private static final Set<String> ACTIVE_IN_DATA =
            Set.of("JavaScript", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "Rendition", "FileAttachment");

    private static final String[] MARKUP = {"<html", "<head", "<body", "<script", "<iframe", "<svg", "<!doctype"};
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII);
    private static final int SNIFF_WINDOW = 1024;
    private static final int MAX_DEPTH = 64;
    private static final int MAX_OBJECT_STREAM = 16 << 20;
    private static final int MAX_NAME = 384;
    /** The entries of a stream's dictionary that say where its data ends and whether it holds objects. */
    private static final Set<String> STREAM_KEYS = Set.of("Type", "Filter", "DecodeParms", "Length", "N", "First");
    /** "n 0 obj 1234 endobj": where writers put a stream's length after the stream. */
    private static final Pattern INTEGER_OBJECT =
            Pattern.compile("(?<![0-9])(\\d{1,10})\\s+\\d{1,5}\\s+obj\\s*(\\d{1,10})\\s*endobj");

    private static final Object OTHER = new Object();

    private record Name(String value) {}

    /** An indirect reference "n g R" (only the object number matters here). */
    private record Ref(long number) {}

    private static final class Frame {
        final boolean dict;
        String key;
        String lastKey;
        Map<String, Object> entries;
        List<Name> names;
        boolean onlyNames = true;

        Frame(boolean dict) {
            this.dict = dict;
        }

        Object closed() {
            if (dict) {
                return entries == null ? Map.of() : entries;
            }
            return onlyNames ? (names == null ? List.of() : names) : OTHER;
        }
    }

    private final byte[] b;
    private final int end;
    private final InflationBudget budget;
    private final boolean topLevel;
    private final Deque<Frame> frames = new ArrayDeque<>();
    /** Containers opened beyond {@link #MAX_DEPTH}, not tracked. */
    private int untracked;

    private int pos;
    /** The dictionary that closed last at the top: a "stream" keyword right after it is its data. */
    private Map<?, ?> lastDict;
    /** Where stream data lies, as [start, end) pairs in file order. */
    private int[] streams = new int[32];

    private int streamCount;
    /** The file's integer objects by number, read the first time a stream's length is a reference. */
    private Map<Long, Long> integerObjects;

    private PdfScan(byte[] bytes, InflationBudget budget, boolean topLevel) {
        this.b = bytes;
        this.end = bytes.length;
        this.budget = budget;
        this.topLevel = topLevel;
    }

    /** @throws RefusedFile when the PDF is a polyglot, acts, or cannot be read through */
    static void check(byte[] pdf, InflationBudget budget) {
        if (!at(pdf, 0, HEADER)) {
            throw RefusedFile.pdfPolyglot("it does not begin with %PDF-", "tệp không bắt đầu bằng %PDF-");
        }
        PdfScan scan = new PdfScan(pdf, budget, true);
        // the long names anywhere, even where the tokens below would take the bytes for a string or stream data
        scan.namesInData(0, pdf.length);
        scan.tokens();
        scan.markup();
    }

    private void tokens() {
        while (pos < end) {
            int c = b[pos] & 0xff;
            if (isWhite(c)) {
                pos++;
            } else if (c == '%') {
                while (pos < end && b[pos] != '\r' && b[pos] != '\n') {
                    pos++;
                }
            } else if (c == '/') {
                Name name = name();
                if (ACTIVE.contains(name.value())) {
                    throw RefusedFile.pdfActiveContent(name.value());
                }
                value(name);
            } else if (c == '(') {
                literalString();
                value(OTHER);
            } else if (c == '<' && pos + 1 < end && b[pos + 1] == '<') {
                pos += 2;
                open(true);
            } else if (c == '<') {
                while (pos < end && b[pos] != '>') {
                    pos++;
                }
                pos++;
                value(OTHER);
            } else if (c == '>' && pos + 1 < end && b[pos + 1] == '>') {
                pos += 2;
                close(true);
            } else if (c == '[') {
                pos++;
                open(false);
            } else if (c == ']') {
                pos++;
                close(false);
            } else if (isDelimiter(c)) {
                pos++;
            } else {
                keyword();
            }
        }
    }

    private Name name() {
        int start = ++pos;
        while (pos < end && isRegular(b[pos] & 0xff)) {
            pos++;
        }
        return new Name(pos - start > MAX_NAME ? "" : decodedName(start, pos));
    }

    private String decodedName(int from, int to) {
        StringBuilder name = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c == '#' && i + 2 < to && hex(b[i + 1]) >= 0 && hex(b[i + 2]) >= 0) {
                name.append((char) (hex(b[i + 1]) << 4 | hex(b[i + 2])));
                i += 2;
            } else {
                name.append((char) c);
            }
        }
        return name.toString();
    }

    private void literalString() {
        pos++;
        int depth = 1;
        while (pos < end && depth > 0) {
            int c = b[pos++];
            if (c == '\\') {
                pos++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
    }

    private void keyword() {
        int start = pos;
        while (pos < end && isRegular(b[pos] & 0xff)) {
            pos++;
        }
        String word = pos - start > 32 ? "" : new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
        switch (word) {
            case "stream" -> {
                if (topLevel) {
                    stream();
                } else {
                    value(OTHER);
                }
            }
            case "R" -> reference();
            case "obj", "endobj" -> {
                frames.clear();
                untracked = 0;
                lastDict = null;
            }
            default -> value(isInteger(word) ? (Object) Long.parseLong(word) : OTHER);
        }
    }

    private void open(boolean dict) {
        if (frames.size() >= MAX_DEPTH) {
            // a stream's dictionary is never that deep: only counted, so memory stays bounded on any input
            untracked++;
        } else {
            frames.push(new Frame(dict));
        }
    }

    /** Closes the innermost open container of that kind; a stray closer (a malformed file) is ignored. */
    private void close(boolean dict) {
        if (untracked > 0) {
            untracked--;
            return;
        }
        if (frames.stream().noneMatch(f -> f.dict == dict)) {
            return;
        }
        Frame closed = frames.pop();
        while (closed.dict != dict) {
            closed = frames.pop();
        }
        if (frames.isEmpty()) {
            lastDict = dict ? (Map<?, ?>) closed.closed() : null;
        } else {
            value(closed.closed());
        }
    }

    private void value(Object v) {
        Frame top = frames.peek();
        if (top == null) {
            lastDict = null;
        } else if (top.dict && top.key == null) {
            if (v instanceof Name n) {
                top.key = n.value();
            }
        } else if (top.dict) {
            if (STREAM_KEYS.contains(top.key)) {
                if (top.entries == null) {
                    top.entries = new HashMap<>();
                }
                top.entries.put(top.key, v);
            }
            top.lastKey = top.key;
            top.key = null;
        } else if (v instanceof Name n && (top.names == null || top.names.size() < 8)) {
            if (top.names == null) {
                top.names = new ArrayList<>();
            }
            top.names.add(n);
        } else {
            top.onlyNames = false;
        }
    }

    /** "12 0 R": the value just given was the first number of a reference, not a direct value. */
    private void reference() {
        Frame top = frames.peek();
        if (top != null
                && top.dict
                && top.key == null
                && top.entries != null
                && top.entries.get(top.lastKey) instanceof Long number) {
            top.entries.put(top.lastKey, new Ref(number));
        }
    }

    private void stream() {
        Map<?, ?> dict = lastDict == null ? Map.of() : lastDict;
        lastDict = null;
        frames.clear();
        untracked = 0;
        int start = pos;
        if (start < end && b[start] == '\r') {
            start++;
        }
        if (start < end && b[start] == '\n') {
            start++;
        }
        int dataEnd = -1;
        Object declared = dict.get("Length");
        if (declared instanceof Ref ref) {
            declared = integerObjects().get(ref.number());
        }
        if (declared instanceof Long length && length >= 0 && length <= end - start) {
            int k = start + length.intValue();
            while (k < end && isWhite(b[k] & 0xff)) {
                k++;
            }
            if (at(b, k, ENDSTREAM)) {
                dataEnd = start + length.intValue();
            }
        }
        if (dataEnd < 0) {
            int found = indexOf(ENDSTREAM, start);
            dataEnd = found < 0 ? end : found;
        }
        if (streamCount * 2 == streams.length) {
            streams = Arrays.copyOf(streams, streams.length * 2);
        }
        streams[streamCount * 2] = start;
        streams[streamCount * 2 + 1] = dataEnd;
        streamCount++;
        if (new Name("ObjStm").equals(dict.get("Type")) || dict.containsKey("N") || dict.containsKey("First")) {
            objectStream(dict, start, dataEnd);
        }
        pos = dataEnd;
    }

    private void namesInData(int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != '/') {
                continue;
            }
            int j = i + 1;
            while (j < to && isRegular(b[j] & 0xff)) {
                j++;
            }
            if (j - i - 1 >= 6 && j - i - 1 <= 64) {
                String name = decodedName(i + 1, j);
                if (ACTIVE_IN_DATA.contains(name)) {
                    throw RefusedFile.pdfActiveContent(name);
                }
            }
            i = j - 1;
        }
    }

    /** Object streams hold dictionaries: they are read like the file, so compression hides nothing. */
    private void objectStream(Map<?, ?> dict, int from, int to) {
        Object filter = dict.get("Filter");
        List<?> filters = filter == null
                ? List.of()
                : filter instanceof Name n ? List.of(n) : filter instanceof List<?> list ? list : null;
        boolean flate = filters != null
                && filters.size() == 1
                && (filters.get(0).equals(new Name("FlateDecode"))
                        || filters.get(0).equals(new Name("Fl")));
        if (dict.containsKey("DecodeParms") || filters == null || !(filters.isEmpty() || flate)) {
            throw RefusedFile.pdfNotInspectable(
                    "an object stream encoded other than by FlateDecode alone",
                    "luồng đối tượng không chỉ được nén bằng FlateDecode");
        }
        byte[] content = flate ? inflated(from, to) : Arrays.copyOfRange(b, from, to);
        PdfScan objects = new PdfScan(content, budget, false);
        objects.namesInData(0, content.length);
        objects.tokens();
    }

    private byte[] inflated(int from, int to) {
        byte[] out = inflated(from, to, false);
        if (out.length == 0) {
            // some writers omit the zlib header; readers accept raw deflate, so read it as they would
            out = inflated(from, to, true);
        }
        if (out.length == 0 && to > from) {
            throw RefusedFile.pdfNotInspectable(
                    "an object stream that does not inflate (encrypted or corrupt)",
                    "luồng đối tượng không giải nén được (đã mã hoá hoặc bị hỏng)");
        }
        return out;
    }

    /** What the stream inflates to, up to where it breaks off (a reader gets no further either). */
    private byte[] inflated(int from, int to, boolean raw) {
        Inflater inflater = new Inflater(raw);
        try {
            inflater.setInput(b, from, to - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n;
                try {
                    n = inflater.inflate(chunk);
                } catch (DataFormatException e) {
                    break;
                }
                if (n == 0) {
                    break;
                }
                budget.spend(n);
                if (out.size() + n > MAX_OBJECT_STREAM) {
                    throw RefusedFile.pdfNotInspectable(
                            "an object stream larger than 16 MiB", "luồng đối tượng lớn hơn 16 MiB");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    /** HTML outside stream data, or anywhere in the first KiB, makes the file a PDF/HTML polyglot. */
    private void markup() {
        markupIn(0, Math.min(end, SNIFF_WINDOW));
        int previous = 0;
        for (int i = 0; i < streamCount; i++) {
            markupIn(previous, streams[i * 2]);
            previous = streams[i * 2 + 1];
        }
        markupIn(previous, end);
    }

    private void markupIn(int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != '<') {
                continue;
            }
            for (String tag : MARKUP) {
                if (startsIgnoringCase(i, tag)) {
                    throw RefusedFile.pdfPolyglot(
                            "it carries HTML markup (" + tag + ")", "tệp chứa mã HTML (" + tag + ")");
                }
            }
        }
    }

    private Map<Long, Long> integerObjects() {
        if (integerObjects == null) {
            integerObjects = new HashMap<>();
            Matcher m = INTEGER_OBJECT.matcher(new String(b, StandardCharsets.ISO_8859_1));
            while (m.find()) {
                integerObjects.put(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            }
        }
        return integerObjects;
    }

    private static boolean isInteger(String word) {
        int start = !word.isEmpty() && (word.charAt(0) == '+' || word.charAt(0) == '-') ? 1 : 0;
        if (word.length() - start < 1 || word.length() - start > 18) {
            return false;
        }
        for (int i = start; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private boolean startsIgnoringCase(int at, String lowerAscii) {
        if (at + lowerAscii.length() > end) {
            return false;
        }
        for (int k = 0; k < lowerAscii.length(); k++) {
            int c = b[at + k] & 0xff;
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lowerAscii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(byte[] needle, int from) {
        for (int i = from; i + needle.length <= end; i++) {
            if (b[i] == needle[0] && at(b, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean at(byte[] bytes, int offset, byte[] expected) {
        return offset >= 0
                && offset + expected.length <= bytes.length
                && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }

    private static int hex(byte c) {
        return Character.digit(c, 16);
    }

    private static boolean isWhite(int c) {
        return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
    }

    private static boolean isDelimiter(int c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
                || c == '%';
    }

    private static boolean isRegular(int c) {
        return !isWhite(c) && !isDelimiter(c);
    }
}
