package vn.ocop.reporting.export;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * "Trang n/N" on the left and the generation time on the right of every page. N is unknown until the document
 * closes, so each page draws a shared template that is filled in at the end.
 */
final class PageFooter extends PdfPageEventHelper {

    private static final float SIZE = 8;

    private final BaseFont font;
    private final String generated;
    private PdfTemplate pageCount;

    PageFooter(BaseFont font, String generated) {
        this.font = font;
        this.generated = generated;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        pageCount = writer.getDirectContent().createTemplate(40, SIZE + 4);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - 24;
        canvas.saveState();
        canvas.setColorStroke(new Color(0xBF, 0xBF, 0xBF));
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), y + 12);
        canvas.lineTo(document.right(), y + 12);
        canvas.stroke();
        String page = "Trang " + writer.getPageNumber() + "/";
        canvas.beginText();
        canvas.setFontAndSize(font, SIZE);
        canvas.setColorFill(new Color(0x59, 0x59, 0x59));
        canvas.setTextMatrix(document.left(), y);
        canvas.showText(page);
        canvas.endText();
        // Drawn right after "Trang n/" so that text extraction and screen readers read "Trang n/N" in one piece.
        canvas.addTemplate(pageCount, document.left() + font.getWidthPoint(page, SIZE), y);
        canvas.beginText();
        canvas.setFontAndSize(font, SIZE);
        canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, generated, document.right(), y, 0);
        canvas.endText();
        canvas.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        pageCount.beginText();
        pageCount.setFontAndSize(font, SIZE);
        pageCount.setColorFill(new Color(0x59, 0x59, 0x59));
        pageCount.setTextMatrix(0, 0);
        // The writer has already moved past the last page when the document closes.
        pageCount.showText(String.valueOf(writer.getPageNumber() - 1));
        pageCount.endText();
    }
}
