package com.closingset.pdf;

import com.closingset.pdf.RenderedPdf.Box;
import com.closingset.pdf.RenderedPdf.Stroke;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the straight segments a page strokes, and apart from them the rectangles it strokes (a
 * table cell's border is one); PDFBox hands them over already in page space.
 */
final class StrokeCollector extends PDFGraphicsStreamEngine {
    private final int pageNumber;
    private final float pageHeight;
    private final List<Stroke> strokes;
    private final List<float[]> path = new ArrayList<>();
    private final List<Box> boxes;
    private final List<Box> pathBoxes = new ArrayList<>();
    private Point2D.Float current = new Point2D.Float();

    StrokeCollector(PDPage page, int pageNumber, List<Stroke> strokes) {
        this(page, pageNumber, strokes, new ArrayList<>());
    }

    StrokeCollector(PDPage page, int pageNumber, List<Stroke> strokes, List<Box> boxes) {
        super(page);
        this.pageNumber = pageNumber;
        this.pageHeight = page.getMediaBox().getHeight();
        this.strokes = strokes;
        this.boxes = boxes;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new float[] {current.x, current.y, x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void strokePath() {
        for (float[] s : path) {
            strokes.add(new Stroke(pageNumber, s[0], pageHeight - s[1], s[2], pageHeight - s[3]));
        }
        path.clear();
        boxes.addAll(pathBoxes);
        pathBoxes.clear();
    }

    @Override
    public void endPath() {
        path.clear();
        pathBoxes.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        path.clear();
        pathBoxes.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float top = pageHeight - (float) Math.max(p0.getY(), p2.getY());
        float bottom = pageHeight - (float) Math.min(p0.getY(), p2.getY());
        pathBoxes.add(new Box(pageNumber, (float) Math.min(p0.getX(), p2.getX()), top, (float) Math.max(p0.getX(), p2.getX()), bottom));
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
